import type { Obligations, PactKind } from '../../domain/model';
import type { GeneratedNameWord } from '../../domain/naming/generatedNames';
import { CROSSWALK, type CrosswalkIndex, type DatasetFamily } from '../crosswalk/crosswalk';
import type { SourceInfo } from './describe';

export interface AllianceNaming {
  source: SourceInfo;
  id: string;
  kind: PactKind;
  obligations: Obligations;
  /** ISO start date, for the year in the label. */
  start: string;
  /** The members' names, founders first. */
  memberNames: readonly string[];
}

export interface AllianceNames {
  name: string;
  shortName: string;
  /** True when the name is the one people know, from the crosswalk. */
  known: boolean;
}

/**
 * The name an imported alliance is shown by: the one people know when the crosswalk has it ("North Atlantic
 * Treaty Organization (NATO)"), else a short readable label of what it is, who and when: "Defence pact:
 * France–Poland (1921)", "Non-aggression pact: Germany, Italy, Japan and 3 others (1936)".
 */
export function nameAlliance(facts: AllianceNaming, crosswalk: CrosswalkIndex = CROSSWALK): AllianceNames {
  const family: DatasetFamily = facts.source.short === 'COW' ? 'cow' : 'atop';
  const entry = crosswalk.find(family, facts.id);
  if (entry) return { name: entry.name, shortName: entry.shortName, known: true };
  const year = facts.start.slice(0, 4);
  const names = facts.memberNames.map(shortStateName);
  const who =
    names.length <= 2
      ? names.join('–')
      : names.length === 3
        ? `${names[0]}, ${names[1]} and ${names[2]}`
        : `${names.slice(0, 3).join(', ')} and ${names.length - 3} others`;
  const what = kindWord(facts.kind, facts.obligations, family);
  return {
    name: `${what}: ${who} (${year})`,
    shortName: names.length <= 2 ? `${names.join('–')} ${year}` : `${names[0]} +${names.length - 1} ${year}`,
    known: false,
  };
}

// "Russia (Soviet Union 1922–1991)" is right for a state's panel but too long in a pact's name.
function shortStateName(name: string): string {
  return name.replace(/\s*\(.*\)$/, '');
}

// Views tell made-up names from known ones by these words (domain/naming/generatedNames.ts).
function kindWord(kind: PactKind, obligations: Obligations, family: DatasetFamily): GeneratedNameWord {
  switch (kind) {
    case 'mutual-defence-treaty':
      return 'Defence pact';
    case 'wartime-coalition':
      return 'Offensive alliance';
    case 'non-aggression-pact':
      return obligations.neutrality && !obligations.nonAggression ? 'Neutrality pact' : 'Non-aggression pact';
    case 'strategic-partnership':
      // COW's Type III is an entente; ATOP codes the same pledge as consultation.
      return family === 'cow' ? 'Entente' : 'Consultation pact';
    default:
      return 'Alliance';
  }
}
