import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PACT_KINDS } from '../../src/domain/model/schema';
import { formatIssue } from '../../src/io/validation/issues';
import { validateDataDir } from '../../scripts/loadDataFromDisk';

const BROKEN = 'tests/fixtures/broken';

function errorsOf(dataDir: string): string[] {
  const { result } = validateDataDir(dataDir);
  return result.ok ? [] : result.errors.map(formatIssue);
}

describe('validateDataDir on the fixtures', () => {
  it('accepts the valid fixture with no errors and no warnings, and returns the typed dataset', () => {
    const { result } = validateDataDir('tests/fixtures/valid');
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok && result.dataset.pacts.map((p) => p.members.length)).toEqual([2]);
  });

  const kinds = PACT_KINDS.map((kind) => `"${kind}"`).join(', ');
  it.each([
    [
      'schema-wrong-enum',
      `pacts.json: pacts[0] (nato).kind: "military-alliance" is not allowed (expected one of ${kinds})`,
    ],
    ['duplicate-id', 'actors.json: actors[3] (usa).id: duplicate id "usa" (first used by actors[0])'],
    [
      'dangling-reference',
      `events.json: events[2] (nato-in-force).pactId: "nato-1949" is not the id of any pact in ${BROKEN}/dangling-reference/pacts.json`,
    ],
    [
      'passage-text-mismatch',
      `passages.json: passages[1] (nato-article-5).text: does not match ${BROKEN}/passage-text-mismatch/documents/nato-brief.txt slice(142, 263): differs at character 112, text has "k against all of them." but the document has "k against them all."`,
    ],
    ['invalid-date', 'events.json: events[2] (nato-in-force).date: "2024-13-01" is not a valid date'],
    [
      'dates-out-of-order',
      'events.json: events[1] (nato-ratified-usa).date: ratified on 1949-03-01, before the pact was signed (1949-04-04, events[0] (nato-signed))',
    ],
    [
      'member-joined-before-pact',
      'pacts.json: pacts[0] (nato).members[1].joined: 1948-01-01 is before the pact existed (its first event: 1949-04-04, events[0] (nato-signed))',
    ],
    [
      'missing-citation',
      'events.json: events[3] (nato-joined-tur).passageIds: cites no passage (expected at least one passage id)',
    ],
    ['malformed-json', 'events.json: line 20, column 3: invalid JSON: expected a value, found "/"'],
    [
      'passage-not-bearing',
      'events.json: events[2] (nato-in-force).passageIds[0]: passage "nato-in-force" is not marked as bearing on this event (expected an entry { "on": "event", "id": "nato-in-force", "aspects": [...] } in its bearsOn, or no passage and a reference)',
    ],
    [
      'public-record-without-reference',
      'events.json: events[3] (nato-joined-tur).reference: the date is from the public record but names no reference (expected a reference: the treaty text, its registration, an official record or a reference work, with its locator)',
    ],
    [
      'rivalry-without-start',
      'rivalries.json: rivalries[0] (usa-rus).since: has no start (expected since: the date history dates the rivalry from, with a sinceNote saying why)',
    ],
    [
      'successor-unknown',
      `actors.json: actors[2] (rus).successors[0].actorId: "rsf" is not the id of any actor in ${BROKEN}/successor-unknown/actors.json`,
    ],
    [
      'existence-overlap',
      "actors.json: actors[1] (tur).existence[1]: overlaps existence[0] (1923-10-29 – today): an actor's existence spans must not overlap",
    ],
    [
      'succession-mismatch',
      'actors.json: actors[3] (sun).successors[0].date: 1991-12-26, but its existence ends 1991-12-25 (expected its last span to end on the day of the succession)',
    ],
    [
      'pact-status-without-end',
      `pacts.json: pacts[0] (nato).status: "terminated" but no terminated event dates its end (expected a "terminated" event in ${BROKEN}/pact-status-without-end/events.json, or another status)`,
    ],
    [
      'pact-ended-but-active',
      'pacts.json: pacts[0] (nato).status: "active" but its terminated event ends it (expected status "terminated")',
    ],
    [
      'missing-document-file',
      `documents.json: documents[0] (nato-brief).file: ${BROKEN}/missing-document-file/documents/nato-brief.txt does not exist`,
    ],
  ])('%s fails with exactly its own error', (name, message) => {
    expect(errorsOf(`${BROKEN}/${name}`)).toEqual([`${BROKEN}/${name}/${message}`]);
  });

  it('names the file even when the data folder is given with a trailing slash', () => {
    expect(errorsOf(`${BROKEN}/invalid-date/`)).toEqual([
      `${BROKEN}/invalid-date/events.json: events[2] (nato-in-force).date: "2024-13-01" is not a valid date`,
    ]);
  });

  it('reports every collection file of an empty folder as not found', () => {
    expect(errorsOf('tests/fixtures/valid/documents')).toEqual(
      ['documents', 'passages', 'actors', 'pacts', 'events', 'rivalries'].map(
        (c) => `tests/fixtures/valid/documents/${c}.json: file not found`,
      ),
    );
  });
});

describe('scripts/validate.ts', () => {
  const run = (dataDir: string) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', dataDir], { encoding: 'utf8' });

  it('exits 1 and prints the error and a summary on a broken fixture', () => {
    const { status, stdout, stderr } = run(`${BROKEN}/dates-out-of-order`);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `${BROKEN}/dates-out-of-order/events.json: events[1] (nato-ratified-usa).date: ratified on 1949-03-01, before the pact was signed`,
    );
    expect(stdout).toMatch(
      /INVALID: 1 documents, 6 passages, 3 actors, 1 pacts, 4 events, 1 rivalries; 1 error, 0 warnings/,
    );
  });

  it('exits 0 on the valid fixture and prints the counts', () => {
    const { status, stdout, stderr } = run('tests/fixtures/valid');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(
      'tests/fixtures/valid: valid: 1 documents, 6 passages, 3 actors, 1 pacts, 4 events, 1 rivalries; 0 errors, 0 warnings\n',
    );
  });

  it('prints warnings but exits 0 when there are only warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
    try {
      cpSync('tests/fixtures/valid', dir, { recursive: true });
      const passages: unknown = JSON.parse(readFileSync(join(dir, 'passages.json'), 'utf8'));
      const unused = { id: 'nato-unused', documentId: 'nato-brief', start: 0, end: 4, text: 'NATO' };
      writeFileSync(
        join(dir, 'passages.json'),
        JSON.stringify([...z.array(z.unknown()).parse(passages), unused]),
      );
      const { status, stderr } = run(dir);
      expect(status).toBe(0);
      expect(stderr).toBe(
        `warning: ${dir}/passages.json: passages[6] (nato-unused): is not cited by any pact, event or rivalry\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
