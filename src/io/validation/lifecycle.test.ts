// The lifecycle rules beyond their broken fixtures (tests/fixtures/broken/, tested in tests/unit/validate.test.ts):
// the other branches of each rule, on the valid fixture changed in one place.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateDataDir } from '../../../scripts/loadDataFromDisk';
import { formatIssue } from './issues';

const ROOT = new URL('../../../', import.meta.url).pathname;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true })));

type Json = Record<string, unknown>;
function errorsAfter(change: (actors: Json[]) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lifecycle-'));
  dirs.push(dir);
  cpSync(`${ROOT}tests/fixtures/valid`, dir, { recursive: true });
  const actors = JSON.parse(readFileSync(`${dir}/actors.json`, 'utf8')) as Json[];
  change(actors);
  writeFileSync(`${dir}/actors.json`, JSON.stringify(actors));
  const { result } = validateDataDir(dir);
  return result.ok ? [] : result.errors.map((e) => formatIssue(e).replace(`${dir}/`, ''));
}

const soviet = (extra: Json): Json => ({
  id: 'sun',
  name: 'Soviet Union',
  kind: 'state',
  region: 'europe',
  lat: 55.76,
  lon: 37.62,
  existence: [{ from: '1922-12-30', until: '1991-12-26', source: 'public-record' }],
  ...extra,
});

describe('actor lifecycles', () => {
  it('accepts a succession that holds together: predecessor ends, successor begins, dissolved that day', () => {
    const errors = errorsAfter((actors) => {
      actors[2] = {
        ...actors[2],
        existence: [
          { until: '1922-12-30', source: 'cow-states-2016' },
          { from: '1991-12-26', source: 'cow-states-2016' },
        ],
      };
      actors.push(soviet({ dissolved: '1991-12-26', successors: [{ actorId: 'rus', date: '1991-12-26' }] }));
    });
    expect(errors).toEqual([]);
  });

  it('refuses a successor that does not begin to exist on the day of the succession', () => {
    const errors = errorsAfter((actors) => {
      actors[2] = { ...actors[2], existence: [{ from: '1992-01-01', source: 'cow-states-2016' }] };
      actors.push(soviet({ successors: [{ actorId: 'rus', date: '1991-12-26' }] }));
    });
    expect(errors).toEqual([
      'actors.json: actors[3] (sun).successors[0].date: "rus" does not begin to exist on 1991-12-26 (expected a span of its existence from the day of the succession)',
    ]);
  });

  it('refuses a dissolved date that is not the end of the last span', () => {
    const errors = errorsAfter((actors) => actors.push(soviet({ dissolved: '1991-12-25' })));
    expect(errors).toEqual([
      'actors.json: actors[3] (sun).dissolved: 1991-12-25, but its existence ends 1991-12-26 (expected dissolved to be the day its last span ends)',
    ]);
  });

  it('refuses a span that ends before it begins', () => {
    const errors = errorsAfter((actors) =>
      actors.push(
        soviet({ existence: [{ from: '1991-12-26', until: '1922-12-30', source: 'public-record' }] }),
      ),
    );
    expect(errors).toEqual([
      "actors.json: actors[3] (sun).existence[0].until: 1922-12-30 is not after the span's from (1991-12-26)",
    ]);
  });
});
