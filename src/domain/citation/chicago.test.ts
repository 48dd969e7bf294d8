import { describe, expect, it } from 'vitest';
import type { Passage, SourceDocument } from '../model';
import { inTextCitation, pactCitation, passageCitation, referenceEntry } from './chicago';

const afridi: SourceDocument = {
  id: 'afridi',
  title: 'New Alliances in Defence and the Future of Strategic Stability',
  authors: ['Malaika Afridi'],
  publisher: 'Institute of Strategic Studies Islamabad (ISSI)',
  published: '2024-12-30',
  file: 'documents/afridi.txt',
};
const brief: SourceDocument = {
  id: 'brief',
  title: 'Balancing Deterrence with Assurances',
  authors: ['Joel Petersson Ivre', 'Oliver Meier', 'Rishi Paul', 'Tanya Ogilvie-White'],
  authorSurnames: ['Petersson Ivre', 'Meier', 'Paul', 'Ogilvie-White'],
  publisher: 'European Leadership Network',
  file: 'documents/brief.txt',
};
const passage = (id: string, documentId: string, text: string): Passage => ({
  id,
  documentId,
  start: 0,
  end: text.length,
  text,
});

describe('Chicago author-date citations', () => {
  it('writes the reference entry: inverted first author, year, quoted title, publisher and full date', () => {
    expect(referenceEntry(afridi)).toBe(
      'Afridi, Malaika. 2024. “New Alliances in Defence and the Future of Strategic Stability.” Institute of Strategic Studies Islamabad (ISSI), December 30, 2024.',
    );
  });

  it('lists several authors with "and", uses given surnames, says n.d. without a date, and adds the URL', () => {
    expect(referenceEntry({ ...brief, url: 'https://example.org/brief' })).toBe(
      'Petersson Ivre, Joel, Oliver Meier, Rishi Paul, and Tanya Ogilvie-White. n.d. “Balancing Deterrence with Assurances.” European Leadership Network. https://example.org/brief',
    );
    expect(inTextCitation(brief)).toBe('(Petersson Ivre et al. n.d.)');
    expect(inTextCitation({ ...brief, authors: ['A B', 'C D'], authorSurnames: undefined })).toBe(
      '(B and D n.d.)',
    );
  });

  it('quotes a passage with its in-text citation above the reference entry', () => {
    expect(passageCitation(passage('p', 'afridi', 'Japan and the EU signed a defence pact.'), afridi)).toBe(
      '“Japan and the EU signed a defence pact.” (Afridi 2024)\n\n' + referenceEntry(afridi),
    );
  });

  it('cites a pact by all its passages, each document once in the references', () => {
    const docs = new Map([
      ['afridi', afridi],
      ['brief', brief],
    ]);
    const text = pactCitation(
      { name: 'US–Japan' },
      [passage('a', 'afridi', 'One.'), passage('b', 'brief', 'Two.'), passage('c', 'afridi', 'Three.')],
      docs,
    );
    expect(text).toBe(
      [
        'US–Japan',
        '“One.” (Afridi 2024)\n“Two.” (Petersson Ivre et al. n.d.)\n“Three.” (Afridi 2024)',
        `References\n${referenceEntry(afridi)}\n${referenceEntry(brief)}`,
      ].join('\n\n'),
    );
  });
});
