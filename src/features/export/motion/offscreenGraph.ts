import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import type { Atlas } from '../../../domain/atlas/buildAtlas';
import { filterGraph } from '../../../domain/filter';
import { GraphVisibility } from '../../../domain/graph/visibility';
import type { AnalysisState, Basis } from '../../../state/types';

/** A second, off-screen Cytoscape instance with the live graph's elements, style and view, stepped through dates. */
export interface OffscreenGraph {
  cy: Core;
  /** Shows the graph as it was on `day` (pacts, memberships and the analysis views that are on). */
  showDay(day: number): Promise<void>;
  /** The graph as an image of `scale` × its CSS size, drawn straight from the renderer (no PNG round trip). */
  draw(scale: number, background: string | undefined): HTMLCanvasElement;
  destroy(): void;
}

interface Renderer {
  bufferCanvasImage?: (options: {
    full: boolean;
    scale: number;
    maxWidth: number;
    maxHeight: number;
    bg?: string;
  }) => HTMLCanvasElement;
}

// Class changes fade opacity over 150 ms on screen; a frame is drawn at once, so it must see the end state.
const NO_TRANSITIONS: StylesheetJson = [{ selector: 'node, edge', style: { 'transition-duration': 0 } }];

/**
 * Clones the live graph into a hidden container of `width` × `height` CSS px showing the same region (or the whole
 * graph): nothing a person does to the live graph while frames are drawn can change them.
 */
/** Paints the analysis views on an instance as of a day (given by the app: the analysis code lives with the canvas). */
export type AnalysisPainter = (
  cy: Core,
  atlas: Atlas,
  basis: Basis,
  analysis: AnalysisState,
  day: number,
) => Promise<void>;

export function createOffscreenGraph(
  live: Core,
  atlas: Atlas,
  view: { basis: Basis; analysis: AnalysisState; full: boolean; paintAnalysis?: AnalysisPainter },
  size: { width: number; height: number },
): OffscreenGraph {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.dataset.testid = 'offscreen-graph';
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${size.width}px`,
    height: `${size.height}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  const cy = cytoscape({
    container,
    elements: live.elements().jsons() as cytoscape.ElementDefinition[],
    style: [...(live.style() as unknown as { json(): StylesheetJson }).json(), ...NO_TRANSITIONS],
    layout: { name: 'preset' },
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    minZoom: 1e-3,
    maxZoom: 1e3,
  });
  if (view.full) cy.fit(undefined, 16);
  else {
    // The same model region as the live view, centred and scaled to the new size.
    const box = live.extent();
    const zoom = Math.min(size.width / box.w, size.height / box.h);
    const cx = (box.x1 + box.x2) / 2;
    const cyMid = (box.y1 + box.y2) / 2;
    cy.viewport({ zoom, pan: { x: size.width / 2 - cx * zoom, y: size.height / 2 - cyMid * zoom } });
  }
  // Start from nothing active and every state present, then let the timeline say what is active and what exists.
  cy.batch(() => {
    cy.elements('[pactId]').addClass('hidden');
    cy.nodes('[role = "actor"]').removeClass('hidden').addClass('idle');
  });
  const visibility = new GraphVisibility(atlas.elements);
  const timeline = atlas.timelines[view.basis];
  // Existence does not depend on the basis: either index answers it (as on screen).
  const existence = atlas.timelines.signed;
  let shownDay: number | null = null;

  const apply = (patch: ReturnType<GraphVisibility['reset']>) =>
    cy.batch(() => {
      for (const id of patch.show) cy.getElementById(id).removeClass('hidden');
      for (const id of patch.hide) cy.getElementById(id).addClass('hidden');
      for (const id of patch.wake) cy.getElementById(id).removeClass('idle');
      for (const id of patch.sleep) cy.getElementById(id).addClass('idle');
    });

  return {
    cy,
    async showDay(day) {
      if (shownDay === null) {
        apply(visibility.resetExistence(existence.existenceTracked, existence.existingAt(day)));
        // The filters of the view (copied with its elements' classes) also decide who is faded.
        apply(visibility.setPactFilter(filterGraph(atlas, view.analysis.filter).passes, timeline.activeAt(day)));
      } else {
        apply(visibility.apply(timeline.changesBetween(shownDay, day)));
        apply(visibility.applyExistence(existence.existenceChangesBetween(shownDay, day)));
      }
      shownDay = day;
      await view.paintAnalysis?.(cy, atlas, view.basis, view.analysis, day);
    },
    draw(scale, background) {
      const renderer = (cy as Core & { renderer(): Renderer }).renderer();
      if (typeof renderer.bufferCanvasImage !== 'function') {
        throw new Error(
          'Animation export: this Cytoscape version cannot draw off screen (no bufferCanvasImage)',
        );
      }
      // maxWidth/maxHeight next to scale keep Cytoscape from multiplying by devicePixelRatio.
      return renderer.bufferCanvasImage({
        full: false,
        scale,
        maxWidth: Math.round(size.width * scale),
        maxHeight: Math.round(size.height * scale),
        ...(background ? { bg: background } : {}),
      });
    },
    destroy() {
      cy.destroy();
      container.remove();
    },
  };
}
