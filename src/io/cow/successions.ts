import type { Actor } from '../../domain/model';
import { cowActorId, type CowState } from './cowStates';

/**
 * One COW code that stands for two states in turn. COW codes the Soviet Union and Russia both 365; the atlas,
 * like the documents' dataset (`sun`, `rus`), draws them as two states, the Soviet Union until it dissolved on
 * 26 December 1991 and Russia from that day (Russia continued its seat and its treaties).
 */
export interface Succession {
  ccode: number;
  /** The first day of the successor: memberships before it belong to `before`, from it to `after`. */
  on: string;
  before: Actor;
  after: Actor;
  /** Said on the events that hand a membership from one to the other. */
  note: string;
}

export const SUCCESSIONS: readonly Succession[] = [
  {
    ccode: 365,
    on: '1991-12-26',
    before: {
      id: 'sun',
      name: 'Soviet Union',
      kind: 'state',
      iso3: 'SUN',
      region: 'europe',
      lat: 55.76,
      lon: 37.62,
      dissolved: '1991-12-26',
    },
    after: {
      id: 'rus',
      name: 'Russia',
      kind: 'state',
      iso3: 'RUS',
      region: 'europe',
      lat: 55.76,
      lon: 37.62,
    },
    note: 'The Soviet Union dissolved on 26 December 1991; Russia continued its membership (COW and ATOP code both 365).',
  },
];

const BY_CODE = new Map(SUCCESSIONS.map((s) => [s.ccode, s]));

/** The succession a COW code goes through, if any. */
export function successionOf(ccode: number): Succession | undefined {
  return BY_CODE.get(ccode);
}

/** The atlas actor for a COW state that has no succession: its id from cowActorId, its name and capital. */
export function actorOfState(state: CowState): Actor {
  const { name, region, lat, lon, iso3 } = state;
  return {
    id: cowActorId(state),
    name,
    kind: 'state',
    ...(iso3 === undefined ? {} : { iso3 }),
    region,
    lat,
    lon,
  };
}

/**
 * Actors that name the same state in the documents' dataset under another id: COW 260, West Germany
 * (`cow-gfr`), is the Federal Republic, which the documents call `frg` (1955–1990). Not `deu`: the documents'
 * Germany does not exist between 1945 and 1990, so West Germany's memberships mapped there would vanish.
 * Used only when an import is put beside a dataset that has the target and not the alias.
 */
export const SAME_STATE_AS: ReadonlyMap<string, string> = new Map([['cow-gfr', 'frg']]);
