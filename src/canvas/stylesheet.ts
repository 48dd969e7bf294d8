import type { StylesheetJson } from 'cytoscape';
import type { PactKind } from '../domain/model';
import { LINE_DASHES, PACT_KIND_COLOURS, PACT_KIND_LINES, REGION_COLOURS } from '../shared/palette';

function lineOf(kind: PactKind) {
  const dash = LINE_DASHES[PACT_KIND_LINES[kind]];
  return dash
    ? { 'line-style': 'dashed' as const, 'line-dash-pattern': dash }
    : { 'line-style': 'solid' as const };
}

const kindRules = Object.entries(PACT_KIND_COLOURS).flatMap(([kind, colour]) => [
  {
    selector: `edge[kind = "${kind}"]`,
    style: { 'line-color': colour, 'target-arrow-color': colour, ...lineOf(kind as PactKind) },
  },
  { selector: `node[role = "pact"][kind = "${kind}"]`, style: { 'background-color': colour } },
]);

const regionRules = Object.entries(REGION_COLOURS).map(([region, colour]) => ({
  selector: `node[role = "actor"][region = "${region}"]`,
  style: { 'background-color': colour },
}));

/** The graph's look: colour by pact kind, dashes for proposals, shape by actor kind, fill by region, a double ring for nuclear arms. */
export const ATLAS_STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      // Labels are drawn where they fit (labels/useLabelLayout.ts adds .labelled).
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 11,
      color: '#1b1f24',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'border-width': 1,
      'border-color': '#4b5563',
    },
  },
  { selector: 'node.labelled', style: { label: 'data(label)' } },
  { selector: 'node[role = "actor"]', style: { width: 22, height: 22, shape: 'ellipse' } },
  {
    selector: 'node[role = "actor"][kind = "organization"]',
    style: { shape: 'round-rectangle', width: 30, height: 20 },
  },
  ...regionRules,
  {
    selector: 'node[?nuclear]',
    style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#111827' },
  },
  {
    selector: 'node[role = "pact"]',
    style: {
      shape: 'diamond',
      width: 16,
      height: 16,
      'font-size': 10,
      'font-style': 'italic',
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 2.5,
      'curve-style': 'bezier',
      opacity: 0.85,
      'line-cap': 'round',
    },
  },
  // Edges are drawn in the order of their definitions (data z, toCytoscapeElements.ts), not in the order they
  // were added: the opening view's edges are added first, the rest after the first frame.
  { selector: 'edge[z]', style: { 'z-index': 'data(z)' as unknown as number } },
  // An edge alone between its two nodes (every membership edge, most bilateral ones) is drawn straight, as a
  // bezier alone between two nodes is: the same line, but when a node moves Cytoscape recomputes it without
  // a scan of the node's edges for parallel ones (for every edge: most of a date step's redraw).
  { selector: 'edge[!shared]', style: { 'curve-style': 'straight' } },
  // Level of detail: a hub's spokes get lighter and thinner the more members its pact has, so a 21-member Rio Pact
  // reads as one pact, not as 21 heavy lines drowning the bilateral treaties around it.
  {
    selector: 'edge[role = "membership"]',
    // Cytoscape's types take numbers only, though its style parser takes mappers (mapData) for both.
    style: {
      width: 'mapData(members, 3, 30, 1.6, 0.9)',
      opacity: 'mapData(members, 3, 30, 0.75, 0.4)' as unknown as number,
    },
  },
  // Hubs of pacts without a name people know (made-up import names) are drawn smaller.
  { selector: 'node[role = "pact"][!known]', style: { width: 12, height: 12 } },
  ...kindRules,
  {
    selector: 'edge[?proposed]',
    style: { 'line-style': 'dashed', 'line-dash-pattern': LINE_DASHES['dash-dot'] ?? [] },
  },
  {
    selector: 'node[role = "pact"][?proposed]',
    style: { 'border-style': 'dashed', 'border-color': '#2c3e50', 'border-width': 2 },
  },
  {
    selector: 'edge[role = "rivalry"]',
    style: {
      'line-color': '#b91c1c',
      'line-style': 'dashed',
      'line-dash-pattern': [2, 5],
      'line-cap': 'round',
      width: 2,
      'curve-style': 'unbundled-bezier',
      'control-point-distances': [40],
      'control-point-weights': [0.5],
      opacity: 0.75,
    },
  },
  { selector: 'node[blocColour]', style: { 'background-color': 'data(blocColour)' } },
  { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
  // On the world map nodes are small dots, so capitals a few hundred km apart (Brussels, Amsterdam) stay apart.
  { selector: 'node.on-map[role = "actor"]', style: { width: 12, height: 12 } },
  { selector: 'node.on-map[role = "pact"]', style: { width: 14, height: 9 } },
  { selector: '.hidden', style: { display: 'none' } },
  // A comparison draws pacts that ended between the two dates even though they are not active now.
  {
    selector: '.cmp-ended',
    style: { display: 'element', 'line-style': 'dashed', 'line-color': '#6b7280', opacity: 0.8 },
  },
  { selector: 'node.cmp-ended', style: { 'background-color': '#9ca3af' } },
  {
    selector: 'edge.cmp-formed',
    style: { width: 5, 'underlay-color': '#22c55e', 'underlay-opacity': 0.45, 'underlay-padding': 3 },
  },
  {
    selector: 'node.cmp-formed',
    style: { 'underlay-color': '#22c55e', 'underlay-opacity': 0.45, 'underlay-padding': 4 },
  },
  { selector: '.cmp-continuing', style: { opacity: 0.45 } },
  // Filtered out: hidden whatever the date and whatever a comparison would draw.
  { selector: '.filtered', style: { display: 'none' } },
  { selector: 'node.idle', style: { opacity: 0.28 } },
  // Under occupation (Japan 1945–1952): the state existed and signed treaties, but did not govern itself.
  {
    selector: 'node.occupied',
    style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#374151', 'border-opacity': 1 },
  },
  { selector: '.muted', style: { opacity: 0.12 } },
  { selector: 'edge.focus', style: { width: 5, opacity: 1, 'z-index': 10 } },
  {
    selector: 'node.focus',
    style: { 'border-width': 3, 'border-color': '#f59e0b', opacity: 1, 'z-index': 10 },
  },
  {
    selector: 'edge.hovered',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      width: 4,
    },
  },
  { selector: 'node:selected', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
  { selector: 'edge:selected', style: { width: 6, opacity: 1 } },
];
