import { COLLECTION_NAMES, type CollectionName } from '../domain/model/schema';

/** The file each collection lives in, relative to the repository: `data/<collection>.json`. */
export const COLLECTION_FILES = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, `data/${name}.json`]),
) as Record<CollectionName, `data/${CollectionName}.json`>;
