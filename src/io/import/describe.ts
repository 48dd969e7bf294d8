import { formatPreciseDate } from '../../domain/dates';
import type { Obligations, PactKind } from '../../domain/model';

/** Which dataset an alliance was read from, as its name and summary say it. */
export interface SourceInfo {
  /** Short label for names: `COW`, `ATOP`. */
  short: string;
  /** The dataset's full name and version. */
  dataset: string;
  /** Short name and release, as the file states it: `COW 4.1`, `ATOP 5.1`, `ATOP 4.01`. */
  release: string;
  /** The column that numbers alliances: `version4id`, `atopid`. */
  idColumn: string;
}

/**
 * The kind of pact a set of obligations makes, strongest first. Defence → mutual defence treaty. Offence
 * without defence → wartime coalition: a pledge to fight together, the nearest kind. Neutrality or
 * non-aggression → non-aggression pact. Consultation alone (a COW entente) → strategic partnership: a
 * standing relationship with no promise to fight, which is what an entente is; the obligations keep the detail.
 */
export function kindOf(obligations: Obligations): PactKind {
  if (obligations.defence) return 'mutual-defence-treaty';
  if (obligations.offence) return 'wartime-coalition';
  if (obligations.neutrality || obligations.nonAggression) return 'non-aggression-pact';
  return 'strategic-partnership';
}

const OBLIGATION_WORDS: readonly [keyof Obligations, string][] = [
  ['defence', 'defence'],
  ['offence', 'offence'],
  ['neutrality', 'neutrality'],
  ['nonAggression', 'non-aggression'],
  ['consultation', 'consultation'],
];

/** The obligations in words: "defence and consultation", or "none recorded". */
export function obligationsInWords(obligations: Obligations): string {
  const words = OBLIGATION_WORDS.filter(([key]) => obligations[key]).map(([, word]) => word);
  if (words.length === 0) return 'none recorded';
  return words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

export interface SummaryFacts {
  source: SourceInfo;
  /** The file or files the alliance was read from. */
  file: string;
  id: string;
  members: number;
  obligations: Obligations;
  start: string;
  end: string | null;
  censoredAt: string | null;
  /** The start of the data, for an alliance in force before it (left-censored). */
  observedFrom?: string | null;
  /** How the dataset types the alliance ("COW Type III: entente"). */
  typeNote?: string;
  /** The name people know it by, from the crosswalk. */
  knownAs?: string;
}

/** What an imported alliance is, in one paragraph that names the file it came from. */
export function allianceSummary(facts: SummaryFacts): string {
  const { source, file, id, members, obligations, start, end, censoredAt } = facts;
  const ending =
    end !== null
      ? `ended ${formatPreciseDate(end)}`
      : censoredAt !== null
        ? `still in force at the end of the data (${formatPreciseDate(censoredAt)}, censored)`
        : 'end not recorded';
  const began = facts.observedFrom
    ? `Began ${formatPreciseDate(start)}, before the data begin: observed from ${formatPreciseDate(facts.observedFrom)} (left-censored)`
    : `Began ${formatPreciseDate(start)}`;
  const named = facts.knownAs
    ? `the name is from the atlas's crosswalk (data/crosswalk/alliances.json), the data give none`
    : 'the data give no name or treaty text';
  const typed = facts.typeNote ? ` ${facts.typeNote}.` : '';
  return (
    `Imported from ${file} (${source.dataset}, ${source.idColumn} ${id}); ${named}.${typed} ` +
    `${members} member${members === 1 ? '' : 's'}; obligations: ${obligationsInWords(obligations)}. ` +
    `${began}; ${ending}.`
  );
}
