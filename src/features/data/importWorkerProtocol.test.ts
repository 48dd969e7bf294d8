import { describe, expect, it } from 'vitest';
import { importFiles } from '../../io/import/importFiles';
import { fixture } from '../../io/import/testFixtures';
import { resultAssembler, resultInParts } from './importWorkerProtocol';

describe('an import result crosses from the worker in parts', () => {
  const result = importFiles([
    { name: 'atop_member.csv', text: fixture('atop_member.csv').text },
    { name: 'atop_alliance.csv', text: fixture('atop_alliance.csv').text },
  ]);

  it('no message carries more than a part’s records, and the last carries the rest of the result', () => {
    const records = result.dataset.actors.length + result.dataset.pacts.length + result.dataset.events.length;
    expect(records).toBeGreaterThan(6);
    const messages = resultInParts(result, 3);
    const parts = messages.filter((m) => m.type === 'part');
    expect(parts.every((p) => p.records.length > 0 && p.records.length <= 3)).toBe(true);
    expect(parts.reduce((sum, p) => sum + p.records.length, 0)).toBe(records);
    const last = messages.at(-1);
    expect(last?.type).toBe('done');
    if (last?.type !== 'done') return;
    expect(last.result.dataset.pacts).toEqual([]);
    expect(last.result.formats).toEqual(result.formats);
  });

  it('the page puts them back together as they were, in order', () => {
    const assembler = resultAssembler();
    let done = null;
    for (const message of resultInParts(result, 2)) {
      // Each message through a structured clone, as postMessage gives it to the page.
      const received = structuredClone(message);
      if (received.type === 'part') assembler.add(received);
      if (received.type === 'done') done = assembler.complete(received.result);
    }
    expect(done).toEqual(result);
  });
});
