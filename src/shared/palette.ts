import type { PactKind, Region } from '../domain/model';

// Colour-blind-aware hues (Okabe–Ito and Tableau 10 derived); proposed pacts are also dashed so colour is never the only cue.
export const PACT_KIND_COLOURS: Record<PactKind, string> = {
  'mutual-defence-treaty': '#c0392b',
  'defence-cooperation-agreement': '#e67e22',
  'strategic-partnership': '#8e44ad',
  'multilateral-security-organisation': '#1f5fa8',
  'minilateral-arrangement': '#16a085',
  'wartime-coalition': '#3b2a20',
  'basing-access-arrangement': '#7f8c8d',
  'non-aggression-pact': '#b7950b',
  'technology-sharing-agreement': '#d35493',
  'unilateral-commitment': '#1f5fa8',
  'proposed-pact': '#2c3e50',
};

/** The line of each kind: the second channel, so kinds whose colours merge under a colour-vision deficiency differ in dash. */
export const LINE_STYLES = ['solid', 'dashed', 'dotted', 'dash-dot'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];
export const PACT_KIND_LINES: Record<PactKind, LineStyle> = {
  'mutual-defence-treaty': 'solid',
  'multilateral-security-organisation': 'solid',
  'wartime-coalition': 'solid',
  'minilateral-arrangement': 'solid',
  'defence-cooperation-agreement': 'dashed',
  'strategic-partnership': 'dashed',
  'basing-access-arrangement': 'dashed',
  'non-aggression-pact': 'dotted',
  'technology-sharing-agreement': 'dotted',
  'unilateral-commitment': 'dotted',
  'proposed-pact': 'dash-dot',
};
/** Dash patterns (px) of each line style; null: a solid line. */
export const LINE_DASHES: Record<LineStyle, number[] | null> = {
  solid: null,
  dashed: [9, 4],
  dotted: [1, 4],
  'dash-dot': [8, 3, 2, 3],
};

export const PACT_KIND_LABELS: Record<PactKind, string> = {
  'mutual-defence-treaty': 'Mutual-defence treaty',
  'defence-cooperation-agreement': 'Defence-cooperation agreement',
  'strategic-partnership': 'Strategic partnership',
  'multilateral-security-organisation': 'Multilateral security organisation',
  'minilateral-arrangement': 'Minilateral / trilateral arrangement',
  'wartime-coalition': 'Wartime coalition',
  'basing-access-arrangement': 'Basing / access arrangement',
  'non-aggression-pact': 'Non-aggression pact',
  'technology-sharing-agreement': 'Technology-sharing agreement',
  'unilateral-commitment': 'Unilateral commitment (one state’s law)',
  'proposed-pact': 'Proposed pact (dash-dot)',
};

export const REGION_COLOURS: Record<Region, string> = {
  europe: '#9ecae1',
  'north-america': '#a1d99b',
  'latin-america': '#c7e9c0',
  'middle-east': '#fdd0a2',
  africa: '#fdae6b',
  'south-asia': '#fcbba1',
  'east-asia': '#f4a3a8',
  'southeast-asia': '#dadaeb',
  'central-asia': '#e5d8bd',
  oceania: '#b3e2cd',
  global: '#d9d9d9',
};

export const REGION_LABELS: Record<Region, string> = {
  europe: 'Europe',
  'north-america': 'North America',
  'latin-america': 'Latin America',
  'middle-east': 'Middle East',
  africa: 'Africa',
  'south-asia': 'South Asia',
  'east-asia': 'East Asia',
  'southeast-asia': 'Southeast Asia',
  'central-asia': 'Central Asia',
  oceania: 'Oceania',
  global: 'Global',
};
