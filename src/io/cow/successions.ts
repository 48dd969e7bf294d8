import type { Actor } from '../../domain/model';
import { COW_STATES, cowActorId, type CowState } from './cowStates';
import { cowExistence, cowExistenceBetween } from './stateExistence';

/** One actor a COW code stands for, from `from` (inclusive) until `until` (exclusive); absent: unbounded. */
export interface Era {
  from?: string;
  until?: string;
  actor: Actor;
}

/**
 * One COW code that stands for several states in turn. COW and ATOP code the Russian Empire, the Soviet Union and
 * Russia all 365; the atlas, like the documents' dataset (`rus`, `sun`), draws them as Russia until the Union
 * Treaty (30 December 1922), the Soviet Union until it dissolved on 26 December 1991, and Russia from that day
 * (Russia continued its seat and its treaties).
 */
export interface Succession {
  ccode: number;
  /** In date order, each starting where the one before ends. */
  eras: readonly Era[];
  /** Said on the events that hand a membership from one era's actor to the next, by the day of the change. */
  notes: Readonly<Record<string, string>>;
}

const UNION_TREATY = '1922-12-30';
const REUNIFICATION = '1990-10-03';

function stateActor(ccode: number): Actor {
  const state = COW_STATES.get(ccode);
  if (!state) throw new Error(`COW state ${ccode} is missing from the state table`);
  return actorOfState(state);
}
const DISSOLUTION = '1991-12-26';

// One Russia for both eras (one actor per id): the Empire and Soviet Russia until the Union Treaty, the Russian
// Federation from the dissolution; COW 365's own span, with the Soviet years cut out.
const RUSSIA: Actor = {
  id: 'rus',
  name: 'Russia',
  kind: 'state',
  iso3: 'RUS',
  region: 'europe',
  lat: 55.76,
  lon: 37.62,
  existence: [...cowExistenceBetween(365, undefined, UNION_TREATY), ...cowExistenceBetween(365, DISSOLUTION)],
};

const SOVIET_UNION: Actor = {
  id: 'sun',
  name: 'Soviet Union',
  kind: 'state',
  iso3: 'SUN',
  region: 'europe',
  lat: 55.76,
  lon: 37.62,
  dissolved: '1991-12-26',
  successors: [{ actorId: 'rus', date: '1991-12-26' }],
};

export const SUCCESSIONS: readonly Succession[] = [
  {
    ccode: 365,
    eras: [
      {
        until: UNION_TREATY,
        actor: RUSSIA,
      },
      {
        from: UNION_TREATY,
        until: DISSOLUTION,
        actor: {
          ...SOVIET_UNION,
          existence: [
            {
              from: UNION_TREATY,
              until: DISSOLUTION,
              source: 'public-record',
              note: 'From the Union Treaty (30 December 1922) to the dissolution (26 December 1991); COW codes Russia (365) throughout',
            },
          ],
        },
      },
      { from: DISSOLUTION, actor: RUSSIA },
    ],
    notes: {
      [UNION_TREATY]:
        "The Union Treaty of 30 December 1922 formed the Soviet Union, which continued Soviet Russia's membership (COW and ATOP code both 365).",
      [DISSOLUTION]:
        'The Soviet Union dissolved on 26 December 1991; Russia continued its membership (COW and ATOP code both 365).',
    },
  },
  {
    ccode: 260,
    eras: [
      {
        until: REUNIFICATION,
        actor: {
          ...stateActor(260),
          dissolved: REUNIFICATION,
          successors: [{ actorId: stateActor(255).id, date: REUNIFICATION }],
        },
      },
      { from: REUNIFICATION, actor: stateActor(255) },
    ],
    notes: {
      [REUNIFICATION]:
        "Germany reunified on 3 October 1990 (the German Democratic Republic acceded to the Federal Republic); COW codes united Germany 255 from that day, but some member rows go on under West Germany's code 260 (COW 218, the Brussels Treaty).",
    },
  },
];

const BY_CODE = new Map(SUCCESSIONS.map((s) => [s.ccode, s]));

/** The succession a COW code goes through, if any. */
export function successionOf(ccode: number): Succession | undefined {
  return BY_CODE.get(ccode);
}

/**
 * The atlas actor for a COW state that has no succession: its id from cowActorId, its name and capital, and the
 * spans in which COW's State System Membership List v2016 has it (outside them it is not drawn).
 */
export function actorOfState(state: CowState): Actor {
  const { name, region, lat, lon, iso3 } = state;
  const existence = cowExistence(state.ccode);
  return {
    id: cowActorId(state),
    name,
    kind: 'state',
    ...(iso3 === undefined ? {} : { iso3 }),
    region,
    lat,
    lon,
    ...(existence === undefined ? {} : { existence }),
  };
}

/**
 * Actors that name the same state in the documents' dataset under another id: COW 260, West Germany
 * (`cow-gfr`), is the Federal Republic, which the documents call `frg` (1955–1990). Not `deu`: the documents'
 * Germany does not exist between 1945 and 1990, so West Germany's memberships mapped there would vanish.
 * Used only when an import is put beside a dataset that has the target and not the alias.
 */
export const SAME_STATE_AS: ReadonlyMap<string, string> = new Map([['cow-gfr', 'frg']]);
