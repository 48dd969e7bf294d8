// Names people search by that are not the records' own: former and informal names of states (by ISO3 code,
// which datasets share) and the names treaties are known by (by a normalised name or short name, so an
// imported ATOP or COW alliance that carries the name gets the alias too). Sources: the treaties' own titles
// and common usage in the documents and in reference works.
export const ACTOR_ALIASES: Readonly<Record<string, readonly string[]>> = {
  SUN: ['USSR', 'Soviet Union', 'CCCP'],
  RUS: ['Russian Federation'],
  USA: ['US', 'USA', 'United States of America', 'America'],
  GBR: ['UK', 'Britain', 'Great Britain', 'United Kingdom'],
  DEU: ['West Germany', 'FRG', 'Federal Republic of Germany'],
  DDR: ['East Germany', 'GDR', 'German Democratic Republic'],
  PRK: ['North Korea', 'DPRK'],
  KOR: ['South Korea', 'ROK', 'Republic of Korea'],
  CHN: ['PRC', "People's Republic of China"],
  TWN: ['Republic of China', 'ROC', 'Formosa'],
  CSK: ['Czechoslovakia'],
  YUG: ['Yugoslavia'],
  IRN: ['Persia'],
  THA: ['Siam'],
  NLD: ['Holland'],
  TUR: ['Türkiye', 'Turkiye'],
  MKD: ['Macedonia'],
};

/** Aliases of treaties, keyed by any of their usual names (normalised: lower case, no accents). */
export const PACT_ALIASES: readonly { names: readonly string[]; aliases: readonly string[] }[] = [
  {
    names: ['seato', 'southeast asia treaty organization'],
    aliases: ['Manila Pact', 'Southeast Asia Collective Defense Treaty'],
  },
  {
    names: ['warsaw pact', 'warsaw treaty organization'],
    aliases: ['Warsaw Treaty', 'Treaty of Friendship, Co-operation and Mutual Assistance'],
  },
  {
    names: ['nato', 'north atlantic treaty organization'],
    aliases: ['North Atlantic Treaty', 'Atlantic Alliance', 'Washington Treaty', 'OTAN'],
  },
  { names: ['anzus'], aliases: ['Pacific Security Treaty'] },
  {
    names: ['sco', 'shanghai cooperation organisation', 'shanghai cooperation organization'],
    aliases: ['Shanghai Five'],
  },
  { names: ['quad', 'quadrilateral security dialogue'], aliases: ['Quadrilateral Security Dialogue'] },
  { names: ['axis', 'axis powers'], aliases: ['Tripartite Pact', 'Berlin Pact'] },
  { names: ['rio pact', 'inter-american treaty of reciprocal assistance'], aliases: ['Rio Treaty', 'TIAR'] },
  { names: ['cento', 'central treaty organization'], aliases: ['Baghdad Pact', 'METO'] },
  { names: ['csto', 'collective security treaty organization'], aliases: ['Tashkent Treaty'] },
];
