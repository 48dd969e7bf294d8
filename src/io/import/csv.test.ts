import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, serializeCsv } from './csv';

const rowsOf = (text: string) => {
  const parsed = parseCsv(text);
  return parsed.ok ? parsed.records.map((r) => [r.line, r.fields]) : parsed;
};

describe('parseCsv', () => {
  it.each([
    [
      'plain rows, LF',
      'a,b\n1,2\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'CRLF and no final line end',
      'a,b\r\n1,2',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'lone CR line ends',
      'a\r1\r',
      [
        [1, ['a']],
        [2, ['1']],
      ],
    ],
    ['empty fields', ',a,\n', [[1, ['', 'a', '']]]],
    ['quoted comma and escaped quotes', '"x, y","say ""hi"""\n', [[1, ['x, y', 'say "hi"']]]],
    [
      'a quoted field spanning lines keeps its line ends',
      '"a\r\nb",c\nd,e\n',
      [
        [1, ['a\r\nb', 'c']],
        [3, ['d', 'e']],
      ],
    ],
    [
      'blank lines hold no record but count',
      'a\n\n\nb\n',
      [
        [1, ['a']],
        [4, ['b']],
      ],
    ],
    ['a lone "" is a record with one empty field', '""\n', [[1, ['']]]],
    ['a leading BOM is ignored', '\uFEFFatopid,member\n', [[1, ['atopid', 'member']]]],
    ['a quote inside an unquoted field is text', 'O"Neil,2\n', [[1, ['O"Neil', '2']]]],
  ])('%s', (_name, text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });

  it.each([
    ['a,"b\nc,d\n', 1, 3, 'unterminated quoted field (its closing " is missing)'],
    ['h\nx,"ab"c\n', 2, 7, 'unexpected "c" after a closing quote (expected a comma or the end of the line)'],
    [
      'h\n"multi\nline" x\n',
      3,
      6,
      'unexpected " " after a closing quote (expected a comma or the end of the line)',
    ],
  ])('locates the error in %j at line %i, column %i', (text, line, column, reason) => {
    expect(parseCsv(text)).toEqual({ ok: false, line, column, reason });
  });
});

describe('serializeCsv', () => {
  it.each([
    ['plain', 'NATO', 'NATO'],
    ['comma', 'a, b', '"a, b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['carriage return', 'a\rb', '"a\rb"'],
  ])('quotes a field with a %s only when needed', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every row with CRLF, as RFC 4180 says', () => {
    expect(
      serializeCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  it('gives back any table of strings after a round trip through parseCsv', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[a-z",\r\n ]{0,8}$/),
      fc.constantFrom('', '"', '""', ',', '\r\n', '\uFEFF'),
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parseCsv(serializeCsv(rows));
        expect(parsed.ok && parsed.records.map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });
});
