/** One record of a CSV file: its fields and the line it starts on (1-based; a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvParse =
  { ok: true; records: CsvRecord[] } | { ok: false; line: number; column: number; reason: string };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Parses RFC 4180 CSV: quoted fields with `""` for a quote, CRLF, LF or CR line ends, a leading BOM ignored.
 * Blank lines hold no record (they only count for line numbers); the first error stops the parse, located.
 */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let recordLine = 1;
  let line = 1;
  let lineStart = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // A record with one empty unquoted field is a blank line, not a record; `""` alone is a record.
  let quotedSeen = false;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || field !== '' || quotedSeen) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    quotedSeen = false;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && field === '' && !quotedSeen) {
      const openLine = line;
      const openColumn = i - lineStart + 1;
      quotedSeen = true;
      i++;
      for (;;) {
        const next = text.indexOf('"', i);
        if (next < 0)
          return {
            ok: false,
            line: openLine,
            column: openColumn,
            reason: 'unterminated quoted field (its closing " is missing)',
          };
        const chunk = text.slice(i, next);
        // A line break inside quotes is CRLF, LF or a lone CR (old Mac files): each counts once.
        for (let k = 0; k < chunk.length; k++) {
          const ch = chunk.charCodeAt(k);
          if (ch === LF || (ch === CR && text.charCodeAt(i + k + 1) !== LF)) {
            line++;
            lineStart = i + k + 1;
          }
        }
        field += chunk;
        if (text.charCodeAt(next + 1) === QUOTE) {
          field += '"';
          i = next + 2;
          continue;
        }
        i = next + 1;
        break;
      }
      const after = text.charCodeAt(i);
      if (i < text.length && after !== COMMA && after !== LF && after !== CR)
        return {
          ok: false,
          line,
          column: i - lineStart + 1,
          reason: `unexpected ${JSON.stringify(text[i])} after a closing quote (expected a comma or the end of the line)`,
        };
      continue;
    }
    if (c === COMMA) {
      fields.push(field);
      field = '';
      quotedSeen = false;
      i++;
      continue;
    }
    if (c === LF || c === CR) {
      endRecord();
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      lineStart = i;
      recordLine = line;
      continue;
    }
    if (quotedSeen)
      return {
        ok: false,
        line,
        column: i - lineStart + 1,
        reason: 'unexpected text after a closing quote',
      };
    const stop = nextSpecial(text, i);
    field += text.slice(i, stop);
    i = stop;
  }
  if (fields.length > 0 || field !== '' || quotedSeen) endRecord();
  return { ok: true, records };
}

// Plain text runs to the next comma or line end; a stray quote inside an unquoted field is kept as text.
function nextSpecial(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) return i;
  }
  return text.length;
}

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180), doubling its quotes. */
export function csvField(value: string): string {
  // A leading BOM is quoted too: unquoted at the start of a file, a reader would take it for the encoding mark.
  return /[",\r\n]|^\uFEFF/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes rows as RFC 4180 CSV with CRLF line ends; parseCsv reads the same rows back. */
export function serializeCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) =>
      // A row of one empty field would be a blank line, which holds no record: quote it.
      row.length === 1 && row[0] === '' ? '""' : row.map(csvField).join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}
