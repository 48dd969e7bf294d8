/**
 * Builds data/passages.json from verbatim quotes (scripts/passage-quotes.json): each quote is located in its
 * document's text, which must contain it exactly once, and written with its offsets (JS string offsets, UTF-16
 * code units, over the file read as UTF-8), so `text === documentText.slice(start, end)` always holds.
 *
 * Run: npx tsx scripts/make-passages.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { documentSchema, passageSchema } from '../src/domain/model/schema';

const ROOT = join(import.meta.dirname, '..');
const QUOTES_FILE = join(ROOT, 'scripts', 'passage-quotes.json');
const DOCUMENTS_FILE = join(ROOT, 'data', 'documents.json');
const PASSAGES_FILE = join(ROOT, 'data', 'passages.json');

const quoteSchema = z.strictObject({
  id: passageSchema.shape.id,
  documentId: passageSchema.shape.documentId,
  quote: z.string().min(1),
  bearsOn: passageSchema.shape.bearsOn,
});
type Quote = z.infer<typeof quoteSchema>;
type Passage = z.infer<typeof passageSchema>;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Finds the one place a quote occurs in a text; throws, naming the quote, when it is absent or ambiguous. */
function locateQuote(text: string, quote: Quote): Passage {
  const start = text.indexOf(quote.quote);
  if (start < 0) {
    throw new Error(
      `passage "${quote.id}": quote not found in ${quote.documentId}: ${JSON.stringify(quote.quote)}`,
    );
  }
  const again = text.indexOf(quote.quote, start + 1);
  if (again >= 0) {
    throw new Error(
      `passage "${quote.id}": quote occurs more than once in ${quote.documentId} (at ${start} and ${again}): ` +
        `${JSON.stringify(quote.quote)}; lengthen it until it is unique`,
    );
  }
  const end = start + quote.quote.length;
  const passage = { id: quote.id, documentId: quote.documentId, start, end, text: text.slice(start, end) };
  return quote.bearsOn ? { ...passage, bearsOn: quote.bearsOn } : passage;
}

function main(): void {
  const documents = z.array(documentSchema).parse(readJson(DOCUMENTS_FILE));
  const quotes = z.array(quoteSchema).parse(readJson(QUOTES_FILE));
  const texts = new Map(documents.map((d) => [d.id, readFileSync(join(ROOT, 'data', d.file), 'utf8')]));
  const seen = new Set<string>();
  const passages = quotes.map((quote) => {
    if (seen.has(quote.id)) throw new Error(`passage "${quote.id}": id used twice in ${QUOTES_FILE}`);
    seen.add(quote.id);
    const text = texts.get(quote.documentId);
    if (text === undefined) throw new Error(`passage "${quote.id}": unknown document "${quote.documentId}"`);
    return locateQuote(text, quote);
  });
  writeFileSync(PASSAGES_FILE, `${JSON.stringify(passages, null, 2)}\n`);
  console.log(`wrote ${passages.length} passages to ${PASSAGES_FILE}`);
}

main();
