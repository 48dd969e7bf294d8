import { z } from 'zod';
import type { CollectionName } from '../../domain/model/schema';
import { COLLECTION_NAMES } from '../../domain/model/schema';
import { RECORD_SCHEMAS, fileOf } from './collections';

/** A generated file: where it goes, relative to the repository root, and its exact text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** One entry of VS Code's `json.schemas` setting. */
export interface VscodeSchemaMapping {
  fileMatch: string[];
  url: string;
}

/** Where the JSON Schema of a collection is written. */
export function jsonSchemaPath(collection: CollectionName): string {
  return `data/schema/${collection}.schema.json`;
}

/** The JSON Schema of a collection file (an array of its records), generated from the zod schema so it cannot drift. */
export function collectionJsonSchema(collection: CollectionName): Record<string, unknown> {
  const file = fileOf(collection, 'data');
  const schema = z.array(RECORD_SCHEMAS[collection]).meta({
    title: `Alliance Atlas ${collection}`,
    description: `The records of ${file}. Generated from src/domain/model/schema.ts by npm run schema:json; do not edit.`,
  });
  // Input mode: the schema describes what may be written in the file, not what the parser returns.
  // Draft 7 because more editors understand it than 2020-12 (VS Code, JetBrains, yaml-language-server).
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-7' });
}

/** Every JSON Schema file, with the exact text that is committed. */
export function jsonSchemaFiles(): GeneratedFile[] {
  return COLLECTION_NAMES.map((collection) => ({
    path: jsonSchemaPath(collection),
    text: `${JSON.stringify(collectionJsonSchema(collection), null, 2)}\n`,
  }));
}

/** VS Code's `json.schemas`: each data file, and the same file in the test fixtures, checked against its schema while editing. */
export function vscodeSchemaMappings(): VscodeSchemaMapping[] {
  return COLLECTION_NAMES.map((collection) => {
    const name = fileOf(collection, '').replace(/^\//, '');
    return {
      fileMatch: [`/data/${name}`, `/tests/fixtures/**/${name}`],
      url: `./${jsonSchemaPath(collection)}`,
    };
  });
}
