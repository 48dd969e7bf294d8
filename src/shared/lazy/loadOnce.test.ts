import { describe, expect, it } from 'vitest';
import { loadOnce } from './loadOnce';
import { deferred } from '../../../tests/unit/support/deferred';

describe('loadOnce', () => {
  it('holds nothing until the load ends, then the module, with one request however many ask', async () => {
    const pending = deferred<{ name: string }>();
    let requests = 0;
    const part = loadOnce(() => {
      requests += 1;
      return pending.promise;
    });
    expect(part.current()).toBeUndefined();
    const first = part.load();
    const second = part.load();
    expect(requests).toBe(1);
    expect(part.current()).toBeUndefined();
    pending.resolve({ name: 'panels' });
    expect(await first).toEqual({ name: 'panels' });
    expect(await second).toEqual({ name: 'panels' });
    expect(part.current()).toEqual({ name: 'panels' });
    await part.load();
    expect(requests).toBe(1);
  });

  it('passes a failure on, keeps nothing, and tries again on the next call', async () => {
    const attempts = [deferred<string>(), deferred<string>()];
    let requests = 0;
    const part = loadOnce(() => attempts[requests++]!.promise);
    const failed = part.load();
    attempts[0]!.reject(new Error('Failed to fetch dynamically imported module: /assets/panels.js'));
    await expect(failed).rejects.toThrow('Failed to fetch dynamically imported module: /assets/panels.js');
    expect(part.current()).toBeUndefined();
    const retried = part.load();
    expect(requests).toBe(2);
    attempts[1]!.resolve('panels');
    expect(await retried).toBe('panels');
    expect(part.current()).toBe('panels');
  });
});
