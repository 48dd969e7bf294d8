import type { ElementDefinition } from 'cytoscape';

/** The elements of a graph in two parts: what the opening view needs at once, and the rest, in order. */
export interface OpeningStages {
  first: ElementDefinition[];
  rest: ElementDefinition[];
}

const pairOf = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Splits a graph's definitions (in their drawing order) into the opening view's part and the rest:
 * every node (the layout places them all; there are few), every edge the opening view draws, and with each such
 * edge every other edge between the same two nodes, so parallel edges, which Cytoscape fans out in the order
 * they were added, are added together and in order. The rest keeps the definitions' order. Edge stacking does
 * not depend on the order of adding: edges carry their place in the drawing order (data `z`, stylesheet.ts).
 */
export function splitOpening(
  definitions: readonly ElementDefinition[],
  drawn: (definition: ElementDefinition) => boolean,
): OpeningStages {
  const openingPairs = new Set<string>();
  for (const d of definitions)
    if (d.group === 'edges' && drawn(d))
      openingPairs.add(pairOf(String(d.data.source), String(d.data.target)));
  const first: ElementDefinition[] = [];
  const rest: ElementDefinition[] = [];
  for (const d of definitions) {
    const now = d.group !== 'edges' || openingPairs.has(pairOf(String(d.data.source), String(d.data.target)));
    (now ? first : rest).push(d);
  }
  return { first, rest };
}
