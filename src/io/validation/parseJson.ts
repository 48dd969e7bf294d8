import { findJsonSyntaxError } from './jsonSyntax';

/** The outcome of parsing one JSON file: its value, or where and why it is malformed. */
export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

/** Parses JSON text and, when it is malformed, says at which line and column (1-based) it stops being JSON. */
export function parseJson(text: string): JsonParseResult {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch (error) {
    // The scanner agrees with JSON.parse on what is valid; the fallback only guards against a disagreement.
    const found = findJsonSyntaxError(text) ?? {
      offset: text.length,
      reason: error instanceof Error ? error.message : String(error),
    };
    return { ok: false, ...lineAndColumn(text, found.offset), reason: found.reason };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
