/** The outcome of parsing one JSON file: its value, or where and why it is malformed. */
export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

/** Parses JSON text and, when it is malformed, says at which line and column (1-based) the parser stopped. */
export function parseJson(text: string): JsonParseResult {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = lineAndColumn(text, errorOffset(message, text));
    return { ok: false, line, column, reason: cleanReason(message) };
  }
}

// V8 reports a character offset ("at position 42"); newer versions also add "(line 3 column 5)".
function errorOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message);
  return position ? Number(position[1]) : text.length;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function cleanReason(message: string): string {
  return message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/^"[\s\S]*" is not valid JSON$/, 'not valid JSON');
}
