// The panels of a selected pact or state: loaded on first use (see DetailsPanel), not with the first view.
export { ActorPanel } from './ActorPanel';
export { PactPanel } from './PactPanel';
