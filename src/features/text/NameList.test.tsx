import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildGraphElements } from '../../domain/graph/buildGraphElements';
import { importFiles } from '../../io/import/importFiles';
import { NameList } from './NameList';
import { tinyDataset } from '../../../tests/unit/support/tinyDataset';

describe('names from data are isolated from their neighbours (finding 11)', () => {
  it('each name of a list is its own <bdi>: an unclosed override cannot reverse the names after it', () => {
    const { container } = render(<NameList names={['Treaty of \u202Efdp.exe', 'France', 'Italy']} />);
    const isolated = [...container.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual(['Treaty of \u202Efdp.exe', 'France', 'Italy']);
    expect(container.textContent).toBe('Treaty of \u202Efdp.exe, France, Italy');
  });

  it('canvas and SVG labels are cleaned and wrapped in a first-strong isolate (finding 8)', () => {
    const { dataset } = tinyDataset();
    const actors = dataset.actors.map((a, i) => (i === 0 ? { ...a, name: 'Bad\u0001\u0000 \u202Ename' } : a));
    const { nodes } = buildGraphElements({ ...dataset, actors });
    const label = nodes.find((n) => n.actorId === actors[0]?.id)?.label;
    expect(label).toBe('\u2068Bad name\u2069');
    // Nothing XML 1.0 forbids reaches a label or a title.
    /* eslint-disable no-control-regex -- the characters XML 1.0 forbids */
    const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
    /* eslint-enable no-control-regex */
    for (const node of nodes) expect(`${node.label}${node.title}`).not.toMatch(forbidden);
  });
});

describe('names holding control characters or bidi overrides are refused at import (findings 8, 11)', () => {
  it.each([
    ['\u0001', 'U+0001'],
    ['\u0000', 'U+0000'],
    ['Treaty of \u202Efdp.exe', 'U+202E'],
  ])('%j is refused, naming the record, the field and the character', (bad, codePoint) => {
    const { dataset, texts } = tinyDataset();
    const actors = dataset.actors.map((a, i) => (i === 0 ? { ...a, name: bad } : a));
    const file = {
      format: 'alliance-atlas-dataset',
      version: 1,
      ...dataset,
      actors,
      texts: Object.fromEntries(texts),
    };
    const result = importFiles([{ name: 'names.json', text: JSON.stringify(file) }]);
    expect(result.fatal).toContain(`names.json: actors[0] (${actors[0]?.id}).name: `);
    expect(result.fatal).toContain(`holds the invisible character ${codePoint}`);
    // The quoted value spells the character out, so the message itself cannot be reordered.
    expect(result.fatal).not.toMatch(/[\u202A-\u202E]/);
  });
});
