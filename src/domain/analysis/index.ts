/**
 * Analysis of the alliance graph at a date, pure and view-free: ties between states, blocs and communities,
 * centrality, what changed between two dates, rivalries and the "ally of my rival" paths. Build a context
 * once per dataset and basis (analysisContextOf), then ask it about any day.
 */
export { analysisContextOf, createAnalysisContext, pairKey } from './context';
export type { AnalysisContext, AnalysisInput, DatedRivalry } from './context';
export { TIE_SCOPES, alliedPairsAt, alliesAt, pactCounts, tiePactsAt } from './ties';
export type { Tie, TieOptions, TiePact, TieScope } from './ties';
export { blocOf, blocSeries, blocsAt, sampleDays } from './blocs';
export type { Bloc, BlocOptions, BlocPartition, BlocSample } from './blocs';
export { MIN_SPLIT_MODULARITY, MIN_SPLIT_STATES, OBLIGATION_WEIGHTS } from './chainSplit';
export { BLOC_PALETTE, blocColour, blocColourIndex } from './blocColours';
export { communitiesAt } from './communities';
export type { Community, CommunityOptions, CommunityPartition } from './communities';
export { centralityAt, centralityOfTies, topConnected } from './centrality';
export type { Centrality, CentralityOptions } from './centrality';
export { compareDates } from './compareDates';
export type { DateComparison } from './compareDates';
export { allyOfRivalPaths, rivalriesAt } from './rivalries';
export type { RivalAllyPath, SharedAllyPath, SpilloverPath } from './rivalries';
