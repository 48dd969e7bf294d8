import type { Core, EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import { useEffect } from 'react';
import {
  chooseLabelPlaces,
  labelPriority,
  type Box,
  type LabelCandidate,
} from '../../domain/graph/labelPlacement';
import { shallow } from 'zustand/shallow';
import type { AppStore } from '../../state/createAppStore';
import { selectAnalysis, selectSelection, selectShownDate } from '../../state/selectors';
import { provideLabelLayout } from '../../shared/exportLabels';
import { ATLAS_STYLESHEET } from '../stylesheet';
import { graphStatusElement } from '../graphStatus';

/** Labels are this many screen pixels high at any zoom: zooming in spreads nodes apart, so more labels fit. */
export const LABEL_PX = 11;
const HUB_LABEL_PX = 10;
const OUTLINE_PX = 2;
const MARGIN_PX = 3;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The stylesheet with labels sized for `zoom`: constant on screen. */
export function stylesheetForZoom(zoom: number): StylesheetJson {
  return [
    ...ATLAS_STYLESHEET,
    {
      selector: 'node',
      style: {
        'font-size': LABEL_PX / zoom,
        'text-outline-width': OUTLINE_PX / zoom,
        'text-margin-y': MARGIN_PX / zoom,
      },
    },
    { selector: 'node[role = "pact"]', style: { 'font-size': HUB_LABEL_PX / zoom } },
    ...labelPlacesForZoom(zoom),
    ...mapNodesForZoom(zoom),
  ];
}

type VAlign = 'top' | 'center' | 'bottom';
type HAlign = 'left' | 'center' | 'right';

/**
 * A label's places besides the default one (under its node), in the order they are tried: its class and how
 * Cytoscape aligns the label to the node. The stylesheet's rules and candidate()'s boxes are both derived from
 * this one list, so the box tested is the one drawn.
 */
const OTHER_PLACES: readonly { name: string; valign: VAlign; halign: HAlign }[] = [
  { name: 'label-above', valign: 'top', halign: 'center' },
  { name: 'label-right', valign: 'center', halign: 'right' },
  { name: 'label-left', valign: 'center', halign: 'left' },
  { name: 'label-above-right', valign: 'top', halign: 'right' },
  { name: 'label-below-right', valign: 'bottom', halign: 'right' },
  { name: 'label-above-left', valign: 'top', halign: 'left' },
  { name: 'label-below-left', valign: 'bottom', halign: 'left' },
];
export const LABEL_PLACES = OTHER_PLACES.map((place) => place.name);

// The label keeps MARGIN_PX from its node on each side it is moved to.
const towards = (align: VAlign | HAlign) =>
  align === 'right' || align === 'bottom' ? 1 : align === 'left' || align === 'top' ? -1 : 0;

function labelPlacesForZoom(zoom: number): StylesheetJson {
  const margin = MARGIN_PX / zoom;
  return OTHER_PLACES.map(({ name, valign, halign }) => ({
    selector: `node.${name}`,
    style: {
      'text-valign': valign,
      'text-halign': halign,
      'text-margin-x': towards(halign) * margin,
      'text-margin-y': towards(valign) * margin,
    },
  })) as StylesheetJson;
}

/** On screen, a node on the map is at most this many px across: zoomed in on Europe, capitals spread, dots do not grow. */
export const MAP_NODE_MAX_PX = 14;

// On the map, nodes keep their model size (12, stylesheet.ts) until they reach MAP_NODE_MAX_PX on screen, then
// shrink in the model as the zoom grows, rings with them, so zooming in makes room for labels between them.
function mapNodesForZoom(zoom: number): StylesheetJson {
  const scale = Math.min(1, MAP_NODE_MAX_PX / (12 * zoom));
  if (scale >= 1) return [];
  return [
    {
      selector: 'node.on-map[role = "actor"]',
      style: { width: 12 * scale, height: 12 * scale, 'border-width': scale },
    },
    {
      selector: 'node.on-map[role = "pact"]',
      style: { width: 14 * scale, height: 9 * scale, 'border-width': scale },
    },
    { selector: 'node.on-map[?nuclear]', style: { 'border-width': 4 * scale } },
    { selector: 'edge.on-map[role = "bilateral"]', style: { width: 2.5 * scale } },
    { selector: 'edge.on-map[role = "membership"]', style: { width: 1.5 * scale } },
    { selector: 'edge.on-map.focus', style: { width: 5 * scale } },
    { selector: 'edge.on-map:selected', style: { width: 6 * scale } },
  ];
}

let measurer: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/** Text width in px (canvas measureText; a per-character estimate where there is no canvas, as in jsdom). */
function textWidth(text: string, px: number, italic: boolean): number {
  const key = `${px}|${italic ? 'i' : ''}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (measurer === undefined) {
      try {
        measurer = document.createElement('canvas').getContext('2d');
      } catch {
        measurer = null;
      }
    }
    if (measurer) {
      measurer.font = `${italic ? 'italic ' : ''}${px}px ${FONT}`;
      width = measurer.measureText(text).width;
    } else width = text.length * px * 0.6;
    widths.set(key, width);
  }
  return width;
}

// Boxes in px at `zoom` (model × zoom): on screen that is the rendered box less the pan, which moves every box alike.
function candidate(
  node: NodeSingular,
  selected: boolean,
  zoom: number,
  degree: number,
): LabelCandidate | null {
  const text = String(node.data('label') ?? '');
  // The node's box from its place and outer size (border included), not boundingBox(): after a date step has
  // moved the nodes, that recomputed each one's exact outline (mitred borders of the pact diamonds), ~5 ms a step
  // on ATOP 5.1, to within a fraction of a pixel of this.
  const { x, y } = node.position();
  const hw = node.outerWidth() / 2;
  const hh = node.outerHeight() / 2;
  const nb = { x1: (x - hw) * zoom, y1: (y - hh) * zoom, x2: (x + hw) * zoom, y2: (y + hh) * zoom };
  if (!text) return { id: node.id(), node: nb, label: { x1: 0, y1: 0, x2: 0, y2: 0 }, priority: -Infinity };
  const hub = node.data('role') === 'pact';
  const px = hub ? HUB_LABEL_PX : LABEL_PX;
  // The label's box as Cytoscape draws it (below the node, outlined), with a pixel to spare on each side.
  const half = textWidth(text, px, hub) / 2 + OUTLINE_PX + 1;
  const cx = (nb.x1 + nb.x2) / 2;
  const top = nb.y2 + MARGIN_PX - OUTLINE_PX - 1;
  const height = px * 1.3 + 2 * OUTLINE_PX + 2;
  const label = { x1: cx - half, y1: top, x2: cx + half, y2: top + height };
  const idle = node.hasClass('idle') || node.hasClass('muted');
  const priority = labelPriority({ selected, idle, degree, hub, known: node.data('known') !== false });
  // A faded node (no pact shown at the date) keeps to its default place: the other places are for what the date
  // is about, and trying seven more boxes for each of the many faded nodes cost 3–4 ms in the frame after a medium step.
  if (idle && !selected) return { id: node.id(), node: nb, label, priority };
  // Where it may go when that place is taken: each of OTHER_PLACES's boxes, from its two alignments.
  const bottom = nb.y1 - MARGIN_PX + OUTLINE_PX + 1;
  const middle = (nb.y1 + nb.y2) / 2;
  const right = nb.x2 + MARGIN_PX - OUTLINE_PX - 1;
  const left = nb.x1 - MARGIN_PX + OUTLINE_PX + 1;
  const xs: Record<HAlign, { x1: number; x2: number }> = {
    left: { x1: left - 2 * half, x2: left },
    center: { x1: cx - half, x2: cx + half },
    right: { x1: right, x2: right + 2 * half },
  };
  const ys: Record<VAlign, { y1: number; y2: number }> = {
    top: { y1: bottom - height, y2: bottom },
    center: { y1: middle - height / 2, y2: middle + height / 2 },
    bottom: { y1: top, y2: top + height },
  };
  const others = OTHER_PLACES.map(({ valign, halign }) => ({ ...xs[halign], ...ys[valign] }));
  return { id: node.id(), node: nb, label, others, priority };
}

const styledZoom = new WeakMap<Core, number>();

/**
 * Styles and places the labels for drawing the graph at `zoom` (the view's zoom on screen; 1 for a whole-graph
 * export, which draws model units as CSS px): labels LABEL_PX high at that zoom, none overlapping.
 */
export function layOutLabels(cy: Core, zoom: number, within?: Box): void {
  // Rebuilding the stylesheet restyles every element: only when the zoom changed.
  if (styledZoom.get(cy) !== zoom) {
    cy.style().fromJson(stylesheetForZoom(zoom)).update();
    styledZoom.set(cy, zoom);
  }
  const { nodes, edges } = elementsOf(cy);
  // Edges drawn at each node, from one pass over the drawn edges (a drawn edge has both ends drawn): asking each
  // node for its visible edges cost 13 ms a step on the medium graph (7,083 edges). The element lists are kept
  // between runs: a selector query built a 7,000-element collection (and its index) of garbage every step.
  const degree = new Map<string, number>();
  const count = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const edge of edges)
    if (edge.visible()) {
      count(edge.source().id());
      count(edge.target().id());
    }
  const list: LabelCandidate[] = [];
  for (const node of nodes) {
    if (!node.visible()) continue;
    const c = candidate(node, node.hasClass('focus') || node.selected(), zoom, degree.get(node.id()) ?? 0);
    if (c) list.push(c);
  }
  const shown = chooseLabelPlaces(list, within);
  cy.batch(() => {
    for (const node of nodes) {
      const place = shown.get(node.id());
      if (node.hasClass('labelled') !== (place !== undefined))
        node.toggleClass('labelled', place !== undefined);
      // The place's class (none for the default place, under the node), touching only nodes whose place changes.
      for (let i = 0; i < LABEL_PLACES.length; i++) {
        const wanted = place === i + 1;
        if (node.hasClass(LABEL_PLACES[i] as string) !== wanted)
          node.toggleClass(LABEL_PLACES[i] as string, wanted);
      }
    }
  });
}

const lists = new WeakMap<Core, { nodes: NodeSingular[]; edges: EdgeSingular[] }>();
const watched = new WeakSet<Core>();
/** The graph's nodes and edges as plain arrays, kept until elements are added or removed. */
function elementsOf(cy: Core): { nodes: NodeSingular[]; edges: EdgeSingular[] } {
  let found = lists.get(cy);
  if (!found) {
    found = { nodes: cy.nodes().toArray(), edges: cy.edges().toArray() };
    if (!watched.has(cy)) {
      watched.add(cy);
      cy.on('add remove', () => lists.delete(cy));
    }
    lists.set(cy, found);
  }
  return found;
}

/**
 * Decides which node labels are drawn: none overlaps another label or node, and the ones that give way are
 * the least connected (the selection always keeps its labels). A date move places them in the frame that shows
 * the date (after the visibility patch and the layout step, so one redraw shows all three: placing them a
 * quarter second later cost a second full redraw of every step); while playing, when the date rests. After a
 * zoom or pan, a selection or a layout move, when the view rests. Sets data-labels="settled" when done.
 */
export function useLabelLayout(cy: Core | null, store: AppStore, ready: boolean): void {
  useEffect(() => {
    if (!cy || !ready) return;
    let timer = 0;
    let frame = 0;
    let pendingMs = 0;
    const status = graphStatusElement(cy);
    const run = () => {
      if (timer) window.clearTimeout(timer);
      if (frame) cancelAnimationFrame(frame);
      timer = frame = 0;
      if (cy.destroyed()) return;
      // On screen, labels keep inside the view: boxes are model × zoom, so the view is the screen less the pan.
      const pan = cy.pan();
      layOutLabels(cy, cy.zoom(), {
        x1: -pan.x,
        y1: -pan.y,
        x2: cy.width() - pan.x,
        y2: cy.height() - pan.y,
      });
      status?.setAttribute('data-labels', 'settled');
    };
    // Waits `ms` after the last call (a drag or a zoom keeps pushing it back), but a run already due sooner
    // (a selection, when the date moves with it) is kept.
    const schedule = (ms: number) => {
      status?.setAttribute('data-labels', 'pending');
      if (frame || (timer && pendingMs < ms)) return;
      if (timer) window.clearTimeout(timer);
      pendingMs = ms;
      timer = window.setTimeout(run, ms);
    };
    // In the next animation frame, after the callbacks the date move scheduled before (subscribed earlier:
    // the visibility patch and the layout step), so the frame that shows the date shows its labels.
    const inFrame = () => {
      status?.setAttribute('data-labels', 'pending');
      if (!frame) frame = requestAnimationFrame(run);
    };
    const onDate = () => (store.getState().timeline.playing ? schedule(250) : inFrame());
    schedule(0);
    const unprovide = provideLabelLayout(cy, layOutLabels);
    const onViewport = () => schedule(150);
    cy.on('viewport', onViewport);
    cy.on('free', 'node', onViewport);
    const unsubscribers = [
      store.subscribe(selectSelection, () => schedule(20), { equalityFn: shallow }),
      store.subscribe(selectShownDate, onDate, { equalityFn: shallow }),
      store.subscribe(selectAnalysis, () => schedule(700)),
    ];
    return () => {
      unprovide();
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      cy.removeListener('viewport', onViewport);
      cy.removeListener('free', 'node', onViewport);
      if (timer) window.clearTimeout(timer);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy, store, ready]);
}
