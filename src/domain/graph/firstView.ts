import type { Atlas } from '../atlas/buildAtlas';
import { filterGraph, type FilterChoice, type FilteredGraph } from '../filter';
import { occupiedAt } from '../membership';
import type { TimelineBasis } from '../timeline/types';
import { actorNodeId } from './buildGraphElements';
import { GraphVisibility, type VisibilityPatch } from './visibility';

/** The view the graph opens on: what the date, the basis and the filters decide about each element. */
export interface OpeningView {
  day: number;
  basis: TimelineBasis;
  filter: FilterChoice;
}

/** An element's classes before any date is applied: hubs and edges hidden, states faded until a pact wakes them. */
export function unplacedClasses(role: 'actor' | 'pact' | 'edge'): string[] {
  return role === 'actor' ? ['idle'] : ['hidden'];
}

/** What applying a view to a graph shown from nothing does, step by step, in the order it must be applied. */
export interface OpeningSteps {
  /** States that do not exist at the date hidden. */
  existence: VisibilityPatch;
  /** States under occupation at the date (actor ids). */
  occupied: Set<string>;
  /** What the filters hide whatever the date (class `filtered`), and the pacts they let through. */
  filtered: FilteredGraph;
  /** The pacts in force at the date that the filters let through shown, their members woken. */
  pacts: VisibilityPatch;
}

/**
 * Opens `view` on `visibility` (fresh, or reset): the one sequence the canvas applies when it starts following
 * the date and that the first frame's classes are computed from (existence, occupation, filters, then the pacts
 * in force), so the two cannot drift apart.
 */
export function openingSteps(
  atlas: Pick<Atlas, 'dataset' | 'elements' | 'actorById' | 'timelines' | 'occupations'>,
  view: OpeningView,
  visibility: GraphVisibility,
): OpeningSteps {
  // Existence does not depend on the basis: either index answers it.
  const existence = atlas.timelines.signed;
  const existencePatch = visibility.resetExistence(
    existence.existenceTracked,
    existence.existingAt(view.day),
  );
  const filtered = filterGraph(atlas, view.filter);
  return {
    existence: existencePatch,
    occupied: occupiedAt(atlas.occupations, view.day),
    filtered,
    pacts: visibility.setPactFilter(filtered.passes, atlas.timelines[view.basis].activeAt(view.day)),
  };
}

/**
 * The classes each element has once the opening view is applied: `openingSteps` played on the elements'
 * starting classes instead of on Cytoscape. Creating the elements with these classes means they are styled
 * once, for what they show, instead of once as created and again as the date is applied.
 */
export function openingClasses(
  atlas: Pick<Atlas, 'dataset' | 'elements' | 'actorById' | 'timelines' | 'occupations'>,
  view: OpeningView,
): Map<string, Set<string>> {
  const classes = new Map<string, Set<string>>();
  for (const node of atlas.elements.nodes)
    classes.set(node.id, new Set(unplacedClasses(node.role === 'actor' ? 'actor' : 'pact')));
  for (const edge of atlas.elements.edges) classes.set(edge.id, new Set(unplacedClasses('edge')));
  const patch = (p: VisibilityPatch) => {
    for (const id of p.show) classes.get(id)?.delete('hidden');
    for (const id of p.hide) classes.get(id)?.add('hidden');
    for (const id of p.wake) classes.get(id)?.delete('idle');
    for (const id of p.sleep) classes.get(id)?.add('idle');
  };
  const steps = openingSteps(atlas, view, new GraphVisibility(atlas.elements));
  patch(steps.existence);
  for (const actorId of steps.occupied) classes.get(actorNodeId(actorId))?.add('occupied');
  for (const id of steps.filtered.hiddenElementIds) classes.get(id)?.add('filtered');
  patch(steps.pacts);
  return classes;
}

/** Whether an element with these classes is drawn (neither hidden at the date nor filtered out). */
export function isDrawn(classes: ReadonlySet<string> | undefined): boolean {
  return !classes || (!classes.has('hidden') && !classes.has('filtered'));
}
