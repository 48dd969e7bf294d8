import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Vitest runs from the repository root (Vite's CSS handling empties `?raw` imports of CSS in tests).
const source = readFileSync('src/app/app.css', 'utf8');

// Merges have twice left a rule in app.css unclosed, which silently swallows every rule after it (the phone
// layout among them). Count the braces outside comments and strings.
describe('app.css', () => {
  it('closes every block it opens', () => {
    expect(source).toContain('.app-header {');
    const css = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/'[^'\n]*'|"[^"\n]*"/g, '');
    const unclosed: number[] = [];
    css.split('\n').forEach((line, index) => {
      for (const char of line) {
        if (char === '{') unclosed.push(index + 1);
        else if (char === '}') expect(unclosed.pop(), `a } without its { on line ${index + 1}`).toBeDefined();
      }
    });
    expect(unclosed, 'blocks opened on these lines (comments stripped) are never closed').toEqual([]);
  });
});
