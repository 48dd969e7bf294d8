import type { Pact, Region } from '../model';
import { hiddenReason, OBLIGATION_CLASSES, type ObligationClass, type PactFilter } from './pactFilter';

/** What a filter hides among some pacts (those in force at a date): counts by reason. */
export interface HiddenCount {
  total: number;
  byObligation: Record<ObligationClass, number>;
  byKind: number;
  byRegion: number;
}

/** Counts the pacts among `pactIds` that the filter hides, by the first test each fails. */
export function countHidden(
  filter: PactFilter,
  pactIds: Iterable<string>,
  pactById: ReadonlyMap<string, Pact>,
  regionOf: (actorId: string) => Region | undefined,
): HiddenCount {
  const count: HiddenCount = {
    total: 0,
    byObligation: { defence: 0, neutrality: 0, consultation: 0, none: 0 },
    byKind: 0,
    byRegion: 0,
  };
  for (const id of pactIds) {
    const pact = pactById.get(id);
    if (!pact) continue;
    const reason = hiddenReason(filter, pact, regionOf);
    if (!reason) continue;
    count.total++;
    if (reason.by === 'obligation') count.byObligation[reason.cls]++;
    else if (reason.by === 'kind') count.byKind++;
    else count.byRegion++;
  }
  return count;
}

const CLASS_WORDS: Record<ObligationClass, [string, string]> = {
  defence: ['defence pact', 'defence pacts'],
  neutrality: ['neutrality or non-aggression pact', 'neutrality or non-aggression pacts'],
  consultation: ['consultation-only pact', 'consultation-only pacts'],
  none: ['pact with no obligation recorded', 'pacts with no obligation recorded'],
};

const counted = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/** "Hidden: 173 neutrality or non-aggression pacts, 37 consultation-only pacts" (null when nothing is hidden). */
export function hiddenInWords(count: HiddenCount): string | null {
  if (count.total === 0) return null;
  const parts = OBLIGATION_CLASSES.filter((c) => count.byObligation[c] > 0).map((c) =>
    counted(count.byObligation[c], CLASS_WORDS[c]),
  );
  if (count.byKind)
    parts.push(counted(count.byKind, ['pact of a kind not shown', 'pacts of kinds not shown']));
  if (count.byRegion)
    parts.push(
      counted(count.byRegion, ['pact outside the regions shown', 'pacts outside the regions shown']),
    );
  return `Hidden: ${parts.join(', ')}`;
}

/** What is shown, in a few words: "defence pacts only", "defence and neutrality pacts, in Europe". */
export function shownInWords(filter: PactFilter, regionLabel: (r: Region) => string): string | null {
  const parts: string[] = [];
  if (filter.obligations.size < OBLIGATION_CLASSES.length) {
    const names = OBLIGATION_CLASSES.filter((c) => filter.obligations.has(c)).map((c) => SHORT[c]);
    parts.push(names.length ? `${listed(names)} pacts only` : 'no pacts');
  }
  if (filter.kinds) parts.push(`${filter.kinds.size} kind${filter.kinds.size === 1 ? '' : 's'} of pact`);
  if (filter.regions) parts.push(`in ${listed([...filter.regions].map(regionLabel))}`);
  return parts.length ? parts.join(', ') : null;
}

const SHORT: Record<ObligationClass, string> = {
  defence: 'defence',
  neutrality: 'neutrality/non-aggression',
  consultation: 'consultation',
  none: 'no-obligation',
};

function listed(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}
