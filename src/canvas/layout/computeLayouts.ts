import { buildGraphElements } from '../../domain/graph/buildGraphElements';
import { seedPositions } from '../../domain/graph/seedPositions';
import { buildFixedLayout, buildKeyframeLayout, type KeyframeLayout } from '../../domain/layout/keyframes';
import type { Dataset } from '../../domain/model';
import { buildTimelineIndex } from '../../domain/timeline';

/** What the layout needs from a dataset (structured-cloneable, so it can go to a worker). */
export interface LayoutRequest {
  dataset: Pick<Dataset, 'actors' | 'pacts' | 'events'>;
  span: { from: number; to: number };
}

/** The two layouts of a dataset: positions by date (keyframes) and one fixed layout over all of history. */
export interface DatasetLayouts {
  byDate: KeyframeLayout;
  fixed: KeyframeLayout;
}

/** Computes both layouts of a dataset; pure and deterministic (the worker and the fallback run this). */
export function computeLayouts({ dataset, span }: LayoutRequest): DatasetLayouts {
  const elements = buildGraphElements(dataset);
  const input = {
    elements,
    pacts: dataset.pacts,
    timeline: buildTimelineIndex(dataset, 'signed'),
    seeds: seedPositions(elements, dataset.actors),
    span,
  };
  return { byDate: buildKeyframeLayout(input), fixed: buildFixedLayout(input) };
}
