import type { Member } from '../model';

type DatasetId = NonNullable<NonNullable<Member['origin']>['dataset']>;

/** The reference publication each importable dataset asks its users to cite. */
export const DATASET_CITATIONS: Record<DatasetId, { name: string; citation: string }> = {
  'cow-4.1': {
    name: 'Correlates of War Formal Alliances v4.1',
    citation:
      'Gibler, Douglas M. 2009. International Military Alliances, 1648–2008. Washington, DC: CQ Press.',
  },
  'atop-5.1': {
    name: 'Alliance Treaty Obligations and Provisions (ATOP) 5.1',
    citation:
      'Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. “Alliance Treaty Obligations and Provisions, 1815–1944.” International Interactions 28: 237–60.',
  },
};
