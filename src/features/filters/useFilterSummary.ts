import { useEffect, useMemo, useRef } from 'react';
import {
  countHidden,
  hiddenInWords,
  obligationClass,
  regionLookup,
  resolveFilter,
  shownInWords,
  type HiddenCount,
  type ObligationClass,
  type PactFilter,
} from '../../domain/filter';
import type { Atlas } from '../../domain/atlas/buildAtlas';
import type { PactKind } from '../../domain/model';
import { REGION_LABELS } from '../../shared/palette';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { selectAtlas, selectBasis, type selectDay } from '../../state/selectors';
import { useRestingDay } from '../../state/useRestingDay';

/** The filters in force and what they hide among the pacts in force at the (settled) date. */
export interface FilterSummary {
  filter: PactFilter;
  /** Pacts in force at the date, whatever the filters. */
  inForce: number;
  hidden: HiddenCount;
  /** "defence pacts only, in Europe" or null when nothing is filtered. */
  shownWords: string | null;
  /** "Hidden: 173 neutrality or non-aggression pacts, …" or null when nothing in force is hidden. */
  hiddenWords: string | null;
  /** Pacts in force at the date by obligation class and by kind, whatever the filters (for the checkboxes). */
  byClass: Record<ObligationClass, number>;
  byKind: Map<PactKind, number>;
}

export const selectFilterChoice = (state: Parameters<typeof selectDay>[0]) => state.analysis.filter;

type Basis = ReturnType<typeof selectBasis>;
type Choice = ReturnType<typeof selectFilterChoice>;

/** The summary at `day`. */
function summaryAt(atlas: Atlas, basis: Basis, choice: Choice, day: number): FilterSummary {
  const filter = resolveFilter(choice, atlas.dataset.pacts.length);
  const active = atlas.timelines[basis].activeAt(day).pactIds;
  const hidden = countHidden(filter, active, atlas.pactById, regionLookup(atlas));
  const byClass: Record<ObligationClass, number> = { defence: 0, neutrality: 0, consultation: 0, none: 0 };
  const byKind = new Map<PactKind, number>();
  for (const id of active) {
    const pact = atlas.pactById.get(id);
    if (!pact) continue;
    byClass[obligationClass(pact.obligations)]++;
    byKind.set(pact.kind, (byKind.get(pact.kind) ?? 0) + 1);
  }
  return {
    filter,
    inForce: active.length,
    hidden,
    shownWords: shownInWords(filter, (r) => REGION_LABELS[r]),
    hiddenWords: hiddenInWords(hidden),
    byClass,
    byKind,
  };
}

/** What the filters and the legend show of a summary: equal keys, equal text. */
const countsKey = (s: FilterSummary) => JSON.stringify([s.inForce, s.hidden, s.byClass, [...s.byKind]]);

/**
 * Follows the date when it rests (a quarter second), not every step: a step re-renders neither the filters nor the
 * legend, and a date at rest re-renders them only when a count changes.
 */
export function useFilterSummary(): FilterSummary | null {
  const store = useAppStoreApi();
  const atlas = useAppStore(selectAtlas);
  const basis = useAppStore(selectBasis);
  const choice = useAppStore(selectFilterChoice);
  const shownKey = useRef('');
  const restingDay = useRestingDay(
    store,
    undefined,
    (day) => atlas !== null && countsKey(summaryAt(atlas, basis, choice, day)) === shownKey.current,
  );
  const summary = useMemo(() => {
    if (!atlas) return null;
    // The date now: a date at rest that changed no count left `restingDay` behind, and the counts are the same.
    void restingDay;
    return summaryAt(atlas, basis, choice, store.getState().timeline.day);
  }, [atlas, basis, choice, restingDay, store]);
  useEffect(() => {
    shownKey.current = summary ? countsKey(summary) : '';
  }, [summary]);
  return summary;
}
