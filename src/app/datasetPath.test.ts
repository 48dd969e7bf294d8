import { describe, expect, it, vi } from 'vitest';
import { resolveDatasetPath } from './datasetPath';
import { loadInitialAtlas } from './loadInitialAtlas';

const PAGE = 'https://atlas.example/app/?date=1960-01-01';

describe('?dataset= accepts only a same-origin relative path', () => {
  it.each([
    ['bench/medium.json', 'https://atlas.example/app/bench/medium.json'],
    ['big.json', 'https://atlas.example/app/big.json'],
  ])('%s resolves beside the app', (path, href) => {
    const resolved = resolveDatasetPath(path, PAGE);
    expect(resolved.ok && resolved.url.href).toBe(href);
  });

  it.each([
    '//evil.example/x.json',
    '/\\evil.example/x.json',
    '\\\\evil.example\\x.json',
    'https://evil.example/x.json',
    'javascript:alert(1)//.json',
    '/etc/x.json',
    '../x.json',
    'a/../../x.json',
    'a//b.json',
    './x.json',
    'x.json?y=1',
    'x.json#z',
    'data:application/json,{}.json',
    'x.JSON.txt',
    '',
  ])('%s is refused', (path) => {
    expect(resolveDatasetPath(path, PAGE).ok).toBe(false);
  });

  it('a link naming another host never reaches fetch: the documents’ dataset opens with a notice', async () => {
    const fetchFn = vi.fn<typeof fetch>();
    const loaded = await loadInitialAtlas('?dataset=//evil.example/x.json', fetchFn, PAGE);
    expect(fetchFn).not.toHaveBeenCalled();
    expect('atlas' in loaded && loaded.notice).toMatch(
      /Could not open the dataset “\/\/evil\.example\/x\.json”: expected a relative path/,
    );
  });

  it('a same-origin path is fetched as the resolved URL, refusing redirects', async () => {
    const fetchFn = vi.fn<typeof fetch>().mockResolvedValue(new Response('nope', { status: 404 }));
    const loaded = await loadInitialAtlas('?dataset=bench/x.json', fetchFn, PAGE);
    expect(fetchFn).toHaveBeenCalledWith('https://atlas.example/app/bench/x.json', {
      redirect: 'error',
      credentials: 'same-origin',
    });
    expect('atlas' in loaded && loaded.notice).toMatch(/the server answered 404/);
  });
});
