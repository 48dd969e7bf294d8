import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/model';
import { formatIssue } from '../../src/io/validation/issues';
import { validateDataset } from '../../src/io/validation/validateDataset';
import { loadDataFromDisk } from '../../scripts/loadDataFromDisk';

// Each case breaks one evidence rule in the otherwise clean valid fixture and expects exactly its message.
const loaded = loadDataFromDisk('tests/fixtures/valid');
const base = validateDataset(loaded.input);
if (!base.ok) throw new Error('the valid fixture must validate');
const clean: Dataset = base.dataset;

function errorsAfter(edit: (data: Dataset) => void): string[] {
  const data = structuredClone(clean);
  edit(data);
  const result = validateDataset({ collections: data, documentTexts: loaded.input.documentTexts });
  return result.ok ? [] : result.errors.map(formatIssue);
}

const passage = (d: Dataset, id: string) => {
  const found = d.passages.find((p) => p.id === id);
  if (!found) throw new Error(`no passage ${id}`);
  return found;
};

describe('evidence rules', () => {
  it('a pact citing a passage not marked for it', () => {
    expect(
      errorsAfter((d) => {
        const p = passage(d, 'nato-article-5');
        p.bearsOn = (p.bearsOn ?? []).filter((b) => b.on !== 'pact');
      }),
    ).toEqual([
      'data/pacts.json: pacts[0] (nato).passageIds[1]: passage "nato-article-5" is not marked as bearing on this pact (expected an entry { "on": "pact", "id": "nato", "aspects": [...] } in its bearsOn)',
    ]);
  });

  it('a document-dated event whose passage is not marked as stating the date', () => {
    expect(
      errorsAfter((d) => {
        for (const b of passage(d, 'nato-in-force').bearsOn ?? []) if (b.on === 'event') b.aspects = ['act'];
      }),
    ).toEqual([
      'data/events.json: events[2] (nato-in-force).dateSource: the date is said to be stated in the document, but no cited passage is marked as stating it (expected "date" among the aspects of a cited passage)',
    ]);
  });

  it('a mark naming a record that does not exist, and an aspect that does not apply', () => {
    expect(
      errorsAfter((d) => {
        passage(d, 'nato-in-force').bearsOn?.push(
          { on: 'event', id: 'nato-ghost', aspects: ['date'] },
          { on: 'event', id: 'nato-signed', aspects: ['terms'] },
        );
      }),
    ).toEqual([
      'data/passages.json: passages[3] (nato-in-force).bearsOn[1].id: "nato-ghost" is not the id of any event in data/events.json',
      'data/passages.json: passages[3] (nato-in-force).bearsOn[2].aspects[0]: "terms" does not apply to an event (expected one of "date", "members", "act")',
    ]);
  });

  it('a public-record date may cite no passage when it names its reference', () => {
    expect(
      errorsAfter((d) => {
        const e = d.events[3];
        if (!e) throw new Error('no event');
        Object.assign(e, {
          dateSource: 'public-record',
          passageIds: [],
          reference: { kind: 'not-verified', title: 'Protocol on the accession of Greece and Turkey' },
        });
        delete passage(d, 'nato-turkey-accession').bearsOn;
      }),
    ).toEqual([]);
  });

  it('a rivalry with a start but no note saying why', () => {
    expect(
      errorsAfter((d) => {
        delete d.rivalries[0]?.sinceNote;
      }),
    ).toEqual([
      'data/rivalries.json: rivalries[0] (usa-rus).sinceNote: says nothing of why the rivalry starts at its since date (expected a sinceNote)',
    ]);
  });

  it('refuses a reference URL that is not http(s), since links open from the panel', () => {
    const errors = errorsAfter((d) => {
      Object.assign(d.events[3] ?? {}, {
        dateSource: 'public-record',
        reference: { kind: 'treaty-text', title: 'T', url: 'javascript:alert(1)' },
      });
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /^data\/events\.json: events\[3\] \(nato-joined-tur\)\.reference\.url: .*http\(s\) URL/,
      ),
    ]);
  });
});
