import type { Actor, Region } from '../../domain/model';
import { dayOf } from '../../domain/dates';
import { isoOf } from './calendar';
import { iso3For, slug, type NameMaker } from './names';
import type { Random } from './random';

/** A generated state with what the pact generator needs beyond the Actor record. */
export interface GenState {
  actor: Actor;
  /** First year the state can sign anything. */
  since: number;
  /** How often it is picked as a partner: a few powers get most pacts, as in the real record. */
  weight: number;
}

interface RegionShape {
  region: Region;
  share: number;
  lat: [number, number];
  lon: [number, number];
  /** Share of states that existed by 1815, and the years in which the others appear. */
  old: number;
  born: [number, number];
}

// Shares and independence waves loosely follow the membership of the international system, 1815–2018.
const REGIONS: readonly RegionShape[] = [
  { region: 'europe', share: 0.22, lat: [36, 64], lon: [-10, 40], old: 0.6, born: [1830, 1993] },
  { region: 'africa', share: 0.26, lat: [-34, 33], lon: [-17, 48], old: 0.05, born: [1956, 1993] },
  { region: 'latin-america', share: 0.16, lat: [-45, 25], lon: [-100, -35], old: 0.75, born: [1900, 1983] },
  { region: 'middle-east', share: 0.08, lat: [13, 41], lon: [30, 60], old: 0.2, born: [1920, 1971] },
  { region: 'east-asia', share: 0.04, lat: [22, 50], lon: [100, 145], old: 0.5, born: [1945, 1950] },
  { region: 'southeast-asia', share: 0.05, lat: [-10, 22], lon: [95, 140], old: 0.15, born: [1945, 1984] },
  { region: 'south-asia', share: 0.04, lat: [6, 35], lon: [62, 92], old: 0.2, born: [1947, 1971] },
  { region: 'central-asia', share: 0.03, lat: [36, 52], lon: [52, 87], old: 0, born: [1991, 1991] },
  { region: 'oceania', share: 0.06, lat: [-45, -5], lon: [110, 178], old: 0, born: [1901, 1980] },
  { region: 'north-america', share: 0.02, lat: [25, 55], lon: [-125, -70], old: 0.6, born: [1867, 1867] },
];

const FIRST_YEAR = 1815;

/** The first year covered by generated data. */
export const SYNTHETIC_FIRST_YEAR = FIRST_YEAR;

/** Generates `count` states spread over the regions, with capitals inside each region's box. */
export function generateStates(count: number, random: Random, names: NameMaker): GenState[] {
  const codes = new Set<string>();
  const ids = new Set<string>();
  const states: GenState[] = [];
  const shares = REGIONS.map((r) => r.share);
  for (let i = 0; i < count; i++) {
    // The first states go round the regions so even a tiny world has some in each.
    const shape =
      i < REGIONS.length ? (REGIONS[i] as RegionShape) : (REGIONS[random.weighted(shares)] as RegionShape);
    states.push(makeState(shape, random, names, codes, ids));
  }
  markNuclearPowers(states, random);
  return states;
}

function makeState(
  shape: RegionShape,
  random: Random,
  names: NameMaker,
  codes: Set<string>,
  ids: Set<string>,
): GenState {
  const name = names.country();
  let id = slug(name);
  while (ids.has(id)) id = `${id}-${ids.size}`;
  ids.add(id);
  const since = random.chance(shape.old) ? FIRST_YEAR : random.int(shape.born[0], shape.born[1]);
  const between = ([lo, hi]: [number, number]) => Math.round((lo + random.next() * (hi - lo)) * 1e4) / 1e4;
  // Old states and a lucky few are the powers: heavy-tailed weights make hubs, as in the real record.
  const weight = Math.exp(1.1 * random.gauss()) * (since === FIRST_YEAR ? 3 : 1);
  const actor: Actor = {
    id,
    name,
    kind: 'state',
    iso3: iso3For(name, codes),
    region: shape.region,
    lat: between(shape.lat),
    lon: between(shape.lon),
  };
  return { actor, since, weight };
}

function markNuclearPowers(states: GenState[], random: Random): void {
  const powers = [...states]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, Math.min(8, Math.ceil(states.length / 25)));
  for (const state of powers) {
    const year = random.int(Math.max(1945, state.since), 1998);
    state.actor.nuclear = { since: isoOf(dayOf(year, random.int(1, 12), random.int(1, 28)), 'day') };
  }
}
