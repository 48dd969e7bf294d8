import type { MergeIdentities } from '../../domain/merge/mergeDatasets';
import type { Dataset } from '../../domain/model';
import { SAME_STATE_AS } from '../cow/successions';
import { CROSSWALK, type CrosswalkIndex } from './crosswalk';

/**
 * What an imported COW or ATOP dataset shares with another under other ids: its pacts the crosswalk maps to a
 * documents' pact (by the dataset row each imported pact keeps), and states the documents key otherwise
 * (SAME_STATE_AS). mergeDatasets uses a mapping only when the base has the target.
 */
export function importIdentities(imported: Dataset, crosswalk: CrosswalkIndex = CROSSWALK): MergeIdentities {
  const pacts = new Map<string, string>();
  for (const pact of imported.pacts)
    for (const row of pact.datasetRows ?? []) {
      const family = row.dataset.startsWith('COW') ? 'cow' : row.dataset.startsWith('ATOP') ? 'atop' : null;
      const target = family && crosswalk.find(family, row.alliance)?.pact;
      if (target) pacts.set(pact.id, target);
    }
  return { actors: SAME_STATE_AS, pacts };
}
