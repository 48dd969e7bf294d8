import type { Core, ElementDefinition } from 'cytoscape';
import type { Page } from 'playwright-core';
import type { BenchState } from './pageHooks';

type BenchWindow = { __bench: BenchState; __cy?: Core; __snapshots?: [string, string][][] };

/** Per replayed step: JS time of remove-all + add-visible, and the redraw that followed. */
export interface NaiveStep {
  jsMs: number;
  renderMs: number;
}

/**
 * The naive baseline, in the same page after the real measurements: for every step the app took (its
 * visible sets were recorded after each step), remove every element and add the visible ones again, the
 * way a plain react-cytoscapejs use rebuilds its element list when the date changes. The definitions are
 * prepared before timing, so only Cytoscape's own work is counted (in the baseline's favour).
 */
export async function replayNaive(page: Page): Promise<NaiveStep[]> {
  return page.evaluate(async () => {
    const win = window as unknown as BenchWindow;
    const cy = win.__cy;
    const snapshots = win.__snapshots ?? [];
    if (!cy) throw new Error('window.__cy is not set');
    const definitions = new Map<string, ElementDefinition>();
    cy.elements().forEach((e) => {
      definitions.set(e.id(), e.json() as ElementDefinition);
    });
    const sets = snapshots.map((shown) =>
      shown.map(([id, classes]) => ({ ...(definitions.get(id) as ElementDefinition), classes })),
    );
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const results: { jsMs: number; renderMs: number }[] = [];
    for (const visible of sets) {
      const rendersBefore = win.__bench.renders;
      const totalBefore = win.__bench.renderMsTotal;
      const start = performance.now();
      cy.elements().remove();
      cy.add(visible);
      const jsMs = performance.now() - start;
      // Let the renderer draw the new set, as it would between two steps of a real drag.
      for (let i = 0; i < 3 && win.__bench.renders === rendersBefore; i++) await frame();
      results.push({ jsMs, renderMs: win.__bench.renderMsTotal - totalBefore });
    }
    return results;
  });
}
