import { dayToIso, isoDayToNumber } from '../domain/dates';
import type { Basis } from './types';

/** The part of the view a link carries. */
export interface UrlView {
  day?: number;
  pactId?: string;
  actorId?: string;
  basis?: Basis;
}

const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** Reads `?date=YYYY-MM-DD&pact=<id>&actor=<id>&basis=signed|in-force`; garbage is dropped with a problem that names it. */
export function parseUrlView(search: string): { view: UrlView; problems: string[] } {
  const params = new URLSearchParams(search);
  const view: UrlView = {};
  const problems: string[] = [];
  const date = params.get('date');
  if (date !== null) {
    const day = isoDayToNumber(date);
    if (day === null) problems.push(`date “${date.slice(0, 40)}” is not a date like 1960-01-01`);
    else view.day = day;
  }
  for (const [key, field] of [
    ['pact', 'pactId'],
    ['actor', 'actorId'],
  ] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (ID.test(value)) view[field] = value;
    else problems.push(`${key} “${value.slice(0, 40)}” is not a valid id`);
  }
  const basis = params.get('basis');
  if (basis !== null) {
    if (basis === 'signed' || basis === 'in-force') view.basis = basis;
    else problems.push(`basis “${basis.slice(0, 40)}” should be signed or in-force`);
  }
  return { view, problems };
}

/** Writes a view as a query string, keeping unrelated parameters (e.g. a dataset URL) as they were. */
export function formatUrlView(view: UrlView, base: string): string {
  const params = new URLSearchParams(base);
  for (const key of ['date', 'pact', 'actor', 'basis']) params.delete(key);
  if (view.day !== undefined) params.set('date', dayToIso(view.day));
  if (view.pactId) params.set('pact', view.pactId);
  if (view.actorId) params.set('actor', view.actorId);
  if (view.basis && view.basis !== 'signed') params.set('basis', view.basis);
  const query = params.toString();
  return query ? `?${query}` : '';
}
