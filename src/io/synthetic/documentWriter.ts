import type { Passage } from '../../domain/model';

/** Builds a document's text piece by piece; every passage it hands out is an exact slice of the final text. */
export class DocumentWriter {
  private readonly parts: string[] = [];
  private length = 0;

  constructor(readonly documentId: string) {}

  /** Appends text that no record cites (headings, separators). */
  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends a citable sentence and returns it as a passage with its offsets. */
  passage(id: string, text: string): Passage {
    const start = this.length;
    this.write(text);
    return { id, documentId: this.documentId, start, end: this.length, text };
  }

  /** The whole text written so far. */
  text(): string {
    return this.parts.join('');
  }
}
