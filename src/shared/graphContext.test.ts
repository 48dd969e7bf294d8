import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { createGraphHandle } from './graphContext';

describe('createGraphHandle', () => {
  it('gives the attached instance until it is detached, and each handle its own', () => {
    const handle = createGraphHandle();
    const other = createGraphHandle();
    const cy = cytoscape({ headless: true });
    expect(handle.getCy()).toBeNull();
    const detach = handle.attach(cy);
    expect(handle.getCy()).toBe(cy);
    expect(other.getCy()).toBeNull();
    detach();
    expect(handle.getCy()).toBeNull();
  });

  it('a stale detach (an instance already replaced) keeps the newer instance', () => {
    const handle = createGraphHandle();
    const first = cytoscape({ headless: true });
    const second = cytoscape({ headless: true });
    const detachFirst = handle.attach(first);
    handle.attach(second);
    detachFirst();
    expect(handle.getCy()).toBe(second);
  });

  it('the test hook window.__cy exists only in the e2e build', () => {
    const handle = createGraphHandle();
    handle.attach(cytoscape({ headless: true }));
    expect(import.meta.env.MODE).not.toBe('e2e');
    expect(globalThis.window?.__cy).toBeUndefined();
  });

  it('hover reaches its listeners until they unsubscribe', () => {
    const handle = createGraphHandle();
    const listener = vi.fn();
    const off = handle.onHover(listener);
    handle.showHover({ label: 'NATO', x: 3, y: 4 });
    handle.showHover(null);
    off();
    handle.showHover({ label: 'SEATO', x: 1, y: 1 });
    expect(listener.mock.calls).toEqual([[{ label: 'NATO', x: 3, y: 4 }], [null]]);
  });
});
