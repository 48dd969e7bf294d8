import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The JavaScript a first visit loads, and what is left for later (lazy chunks). */
export interface BundleSize {
  initialJsKbGzip: number;
  initialJsKb: number;
  initialFiles: string[];
  lazyJsKbGzip: number;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Reads dist/index.html: module scripts and modulepreloads are loaded at startup; every other .js is lazy. */
export function measureBundle(distDir: string, allJs: readonly string[]): BundleSize {
  const html = readFileSync(`${distDir}/index.html`, 'utf8');
  const initial = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1] as string);
  const size = (files: readonly string[]) =>
    files.reduce(
      (sum, file) => {
        const bytes = readFileSync(`${distDir}/${file}`);
        return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  const first = size(initial);
  const lazy = size(allJs.filter((file) => !initial.includes(file)));
  return {
    initialJsKbGzip: kb(first.gzip),
    initialJsKb: kb(first.raw),
    initialFiles: initial,
    lazyJsKbGzip: kb(lazy.gzip),
  };
}
