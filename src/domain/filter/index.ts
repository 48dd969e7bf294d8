/** Which pacts the graph shows: by strongest obligation, by kind, by region; what is hidden, in words. */
export * from './pactFilter';
export * from './hiddenPacts';
export * from './filterElements';
