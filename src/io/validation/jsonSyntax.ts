/** The first syntax error in a JSON text: its character offset and what the parser expected there. */
export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

class SyntaxStop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/**
 * Finds where a JSON text stops being JSON, or returns null when it is valid.
 * JSON.parse on Node 20 often names no position ("Unexpected token '/', ... is not valid JSON"), so this
 * small scanner locates the error itself, identically on every Node version.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stop = (reason: string, at = i): never => {
    throw new SyntaxStop(at, reason);
  };
  const found = () => (i < text.length ? `found ${JSON.stringify(text[i])}` : 'found the end of the file');
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  const expect = (char: string, what: string) => {
    skipWhitespace();
    if (text[i] !== char) stop(`expected ${what}, ${found()}`);
    i++;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) stop('control character in a string (escape it, e.g. \\n)');
      if (text[i] === '\\') {
        const escape = text[i + 1] ?? '';
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (ESCAPES.has(escape)) i += 2;
        else stop(`invalid escape "\\${escape}" in a string`);
      } else i++;
    }
    if (i >= text.length) stop('unterminated string');
    i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else stop(`expected a value, ${found()}`);
  };
  const number = () => {
    NUMBER.lastIndex = i;
    if (!NUMBER.exec(text)) stop(`expected a value, ${found()}`);
    i = NUMBER.lastIndex;
  };
  // Containers are tracked on an explicit stack, not by recursion: 10,000 `[` must give a located error, not
  // "Maximum call stack size exceeded".
  type Frame = { close: '}' | ']'; what: string };
  const stack: Frame[] = [];
  const property = () => {
    skipWhitespace();
    if (text[i] !== '"') stop(`expected a double-quoted property name, ${found()}`);
    string();
    expect(':', "':' after the property name");
  };
  const scalar = () => {
    const char = text[i];
    if (char === '"') string();
    else if (char === 't' || char === 'f' || char === 'n')
      literal(char === 't' ? 'true' : char === 'f' ? 'false' : 'null');
    else number();
  };
  const value = (): void => {
    let needValue = true;
    for (;;) {
      if (needValue) {
        skipWhitespace();
        const char = text[i];
        if (char === '{' || char === '[') {
          const frame: Frame =
            char === '{' ? { close: '}', what: 'a property' } : { close: ']', what: 'an array element' };
          i++;
          skipWhitespace();
          if (text[i] === frame.close) i++;
          else {
            stack.push(frame);
            if (frame.close === '}') property();
            continue;
          }
        } else scalar();
      }
      // A value was just read: close its container, or go on to the next element.
      const frame = stack.at(-1);
      if (!frame) return;
      skipWhitespace();
      if (text[i] === frame.close) {
        i++;
        stack.pop();
        needValue = false;
        continue;
      }
      if (text[i] !== ',') stop(`expected ',' or '${frame.close}' after ${frame.what}, ${found()}`);
      i++;
      if (frame.close === '}') property();
      needValue = true;
    }
  };
  try {
    value();
    skipWhitespace();
    if (i < text.length) stop(`unexpected ${found().slice('found '.length)} after the end of the JSON value`);
    return null;
  } catch (error) {
    if (error instanceof SyntaxStop) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}
