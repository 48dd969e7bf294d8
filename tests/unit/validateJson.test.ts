import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  jsonSchemaFiles,
  jsonSchemaPath,
  vscodeSchemaMappings,
  collectionJsonSchema,
} from '../../src/io/validation/jsonSchemas';
import { findJsonSyntaxError } from '../../src/io/validation/jsonSyntax';
import { parseJson } from '../../src/io/validation/parseJson';

describe('parseJson', () => {
  it.each([
    ['[\n  {"a": 1,}\n]', 2, 11, 'expected a double-quoted property name, found "}"'],
    ['[\n  {"a": 1}\n  {"b": 2}\n]', 3, 3, `expected ',' or ']' after an array element, found "{"`],
    ['[\n  {"a": 1}', 2, 11, `expected ',' or ']' after an array element, found the end of the file`],
    ['{"a" 1}', 1, 6, `expected ':' after the property name, found "1"`],
    ['{"a": "x\ny"}', 1, 9, 'control character in a string (escape it, e.g. \\n)'],
    ['{"a": "\\q"}', 1, 8, 'invalid escape "\\q" in a string'],
    ['{"a": "open', 1, 12, 'unterminated string'],
    ['[tru]', 1, 2, 'expected a value, found "t"'],
    ['[1] [2]', 1, 5, 'unexpected "[" after the end of the JSON value'],
    ['', 1, 1, 'expected a value, found the end of the file'],
  ])('locates the error in %j at line %i, column %i', (text, line, column, reason) => {
    expect(parseJson(text)).toEqual({ ok: false, line, column, reason });
  });

  it('locates the error in 10,000 nested [ without overflowing the stack', () => {
    expect(parseJson('['.repeat(10_000))).toEqual({
      ok: false,
      line: 1,
      column: 10_001,
      reason: 'expected a value, found the end of the file',
    });
    expect(parseJson(`${'{"a":'.repeat(50_000)}1${'}'.repeat(49_999)}]`)).toMatchObject({
      ok: false,
      reason: `expected ',' or '}' after a property, found "]"`,
    });
  });

  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a": [1, -2.5e3, "\\u00e9", true, null]}')).toEqual({
      ok: true,
      value: { a: [1, -2500, 'é', true, null] },
    });
  });

  it('agrees with JSON.parse on which texts are JSON', () => {
    const nearlyJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '"', '}', ']', '/', '\n', 'x', '\\', '0'))
      .map(
        ([json, at, insert]) =>
          json.slice(0, at % (json.length + 1)) + insert + json.slice(at % (json.length + 1)),
      );
    fc.assert(
      fc.property(fc.oneof(fc.json(), nearlyJson), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('generated JSON Schemas', () => {
  it.each(jsonSchemaFiles())(
    '$path is committed and up to date (run npm run schema:json)',
    ({ path, text }) => {
      expect(readFileSync(path, 'utf8')).toBe(text);
    },
  );

  it('maps every data file to its schema in .vscode/settings.json', () => {
    const settings = z
      .object({ 'json.schemas': z.unknown() })
      .parse(JSON.parse(readFileSync('.vscode/settings.json', 'utf8')));
    expect(settings['json.schemas']).toEqual(vscodeSchemaMappings());
    expect(vscodeSchemaMappings().find((m) => m.fileMatch.includes('/data/events.json'))?.url).toBe(
      `./${jsonSchemaPath('events')}`,
    );
  });

  it('describes a file as an array of strict records with the schema’s enums', () => {
    const schema = collectionJsonSchema('pacts');
    expect(schema).toMatchObject({
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { kind: { enum: expect.any(Array) } },
      },
    });
  });
});
