import type { Actor, Pact } from '../model';
import { ACTOR_ALIASES, PACT_ALIASES } from './aliases';

/** One thing a person can find: a state or organisation, or a pact. */
export interface SearchEntry {
  kind: 'actor' | 'pact';
  id: string;
  name: string;
  /** Other names it is found by (short name, ISO3 code, aliases). */
  aliases: readonly string[];
}

/** A hit: the entry and the name that matched, when it was not the entry's own name. */
export interface SearchHit {
  entry: SearchEntry;
  matched: string | null;
}

/** Lower case, accents and punctuation folded, so "Türkiye" finds "turkiye" and "U.S." finds "us". */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function pactAliases(pact: Pact): string[] {
  const own = new Set([
    normalise(pact.name),
    normalise(pact.shortName),
    normalise(pact.id.replace(/-/g, ' ')),
  ]);
  return PACT_ALIASES.filter((entry) => entry.names.some((name) => own.has(normalise(name)))).flatMap(
    (entry) => entry.aliases,
  );
}

/** Every state, organisation and pact of a dataset with the names it can be found by; build once per dataset. */
export function buildSearchIndex(actors: readonly Actor[], pacts: readonly Pact[]): SearchEntry[] {
  return [
    ...actors.map((actor) => ({
      kind: 'actor' as const,
      id: actor.id,
      name: actor.name,
      aliases: [...(actor.iso3 ? [actor.iso3, ...(ACTOR_ALIASES[actor.iso3] ?? [])] : [])],
    })),
    ...pacts.map((pact) => ({
      kind: 'pact' as const,
      id: pact.id,
      name: pact.name,
      aliases: [...new Set([pact.shortName, ...pactAliases(pact)])].filter((alias) => alias !== pact.name),
    })),
  ];
}

// 0: the whole name; 1: its start; 2: the start of a word in it; 3: anywhere in it. Lower is better.
function rank(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  return name.includes(query) ? 3 : Infinity;
}

/** The best `limit` matches of `query` by name or alias: whole names first, then starts of names and words. */
export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const entry of index) {
    let best = rank(normalise(entry.name), q);
    let matched: string | null = null;
    for (const alias of entry.aliases) {
      const score = rank(normalise(alias), q);
      if (score < best) [best, matched] = [score, alias];
    }
    if (best !== Infinity) scored.push({ hit: { entry, matched }, score: best });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      a.hit.entry.name.length - b.hit.entry.name.length ||
      a.hit.entry.name.localeCompare(b.hit.entry.name),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}
