import type { Core } from 'cytoscape';

/** Moves each element from its classes in `from` to those in `to` (ids in both maps), in one batch. */
export function applyClassChanges(
  cy: Core,
  from: ReadonlyMap<string, ReadonlySet<string>>,
  to: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  cy.batch(() => {
    for (const [id, after] of to) {
      const before = from.get(id) ?? new Set<string>();
      const element = cy.getElementById(id);
      for (const c of before) if (!after.has(c)) element.removeClass(c);
      for (const c of after) if (!before.has(c)) element.addClass(c);
    }
  });
}
