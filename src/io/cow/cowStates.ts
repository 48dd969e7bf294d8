import type { Region } from '../../domain/model';

/** A state of the Correlates of War state system, placed on the map at its capital. */
export interface CowState {
  /** COW numeric state code (`ccode`). */
  ccode: number;
  /** COW three-letter state abbreviation (`stateabb`), e.g. `AUH`. */
  abbreviation: string;
  name: string;
  /** ISO 3166-1 alpha-3, or ISO 3166-3 for former states (CSK, DDR, YMD, YUG); absent when ISO has none. */
  iso3?: string;
  region: Region;
  lat: number;
  lon: number;
}

// ccode, COW abbreviation, name, ISO alpha-3 ('' when none), region, capital latitude, capital longitude.
// Source and conventions: ./SOURCE.md. One row per ccode of COW's State System Membership List v2016.
type Row = readonly [number, string, string, string, Region, number, number];
const NA = 'north-america';
const LA = 'latin-america';
const EU = 'europe';
const AF = 'africa';
const ME = 'middle-east';
const CA = 'central-asia';
const SA = 'south-asia';
const EA = 'east-asia';
const SE = 'southeast-asia';
const OC = 'oceania';

const ROWS: readonly Row[] = [
  [2, 'USA', 'United States', 'USA', NA, 38.91, -77.04],
  [20, 'CAN', 'Canada', 'CAN', NA, 45.42, -75.7],
  [31, 'BHM', 'Bahamas', 'BHS', LA, 25.05, -77.35],
  [40, 'CUB', 'Cuba', 'CUB', LA, 23.11, -82.37],
  [41, 'HAI', 'Haiti', 'HTI', LA, 18.54, -72.34],
  [42, 'DOM', 'Dominican Republic', 'DOM', LA, 18.47, -69.89],
  [51, 'JAM', 'Jamaica', 'JAM', LA, 17.97, -76.79],
  [52, 'TRI', 'Trinidad and Tobago', 'TTO', LA, 10.65, -61.51],
  [53, 'BAR', 'Barbados', 'BRB', LA, 13.1, -59.62],
  [54, 'DMA', 'Dominica', 'DMA', LA, 15.3, -61.39],
  [55, 'GRN', 'Grenada', 'GRD', LA, 12.05, -61.75],
  [56, 'SLU', 'Saint Lucia', 'LCA', LA, 14.01, -60.99],
  [57, 'SVG', 'Saint Vincent and the Grenadines', 'VCT', LA, 13.16, -61.22],
  [58, 'AAB', 'Antigua and Barbuda', 'ATG', LA, 17.12, -61.85],
  [60, 'SKN', 'Saint Kitts and Nevis', 'KNA', LA, 17.3, -62.72],
  [70, 'MEX', 'Mexico', 'MEX', LA, 19.43, -99.13],
  [80, 'BLZ', 'Belize', 'BLZ', LA, 17.25, -88.76],
  [90, 'GUA', 'Guatemala', 'GTM', LA, 14.63, -90.51],
  [91, 'HON', 'Honduras', 'HND', LA, 14.07, -87.19],
  [92, 'SAL', 'El Salvador', 'SLV', LA, 13.69, -89.22],
  [93, 'NIC', 'Nicaragua', 'NIC', LA, 12.11, -86.24],
  [94, 'COS', 'Costa Rica', 'CRI', LA, 9.93, -84.08],
  [95, 'PAN', 'Panama', 'PAN', LA, 8.98, -79.52],
  [100, 'COL', 'Colombia', 'COL', LA, 4.71, -74.07],
  [101, 'VEN', 'Venezuela', 'VEN', LA, 10.48, -66.9],
  [110, 'GUY', 'Guyana', 'GUY', LA, 6.8, -58.16],
  [115, 'SUR', 'Suriname', 'SUR', LA, 5.85, -55.2],
  [130, 'ECU', 'Ecuador', 'ECU', LA, -0.18, -78.47],
  [135, 'PER', 'Peru', 'PER', LA, -12.05, -77.04],
  [140, 'BRA', 'Brazil', 'BRA', LA, -15.79, -47.88],
  [145, 'BOL', 'Bolivia', 'BOL', LA, -19.05, -65.26],
  [150, 'PAR', 'Paraguay', 'PRY', LA, -25.26, -57.58],
  [155, 'CHL', 'Chile', 'CHL', LA, -33.45, -70.67],
  [160, 'ARG', 'Argentina', 'ARG', LA, -34.6, -58.38],
  [165, 'URU', 'Uruguay', 'URY', LA, -34.9, -56.16],
  [200, 'UKG', 'United Kingdom', 'GBR', EU, 51.51, -0.13],
  [205, 'IRE', 'Ireland', 'IRL', EU, 53.35, -6.26],
  [210, 'NTH', 'Netherlands', 'NLD', EU, 52.37, 4.9],
  [211, 'BEL', 'Belgium', 'BEL', EU, 50.85, 4.35],
  [212, 'LUX', 'Luxembourg', 'LUX', EU, 49.61, 6.13],
  [220, 'FRN', 'France', 'FRA', EU, 48.86, 2.35],
  [221, 'MNC', 'Monaco', 'MCO', EU, 43.73, 7.42],
  [223, 'LIE', 'Liechtenstein', 'LIE', EU, 47.14, 9.52],
  [225, 'SWZ', 'Switzerland', 'CHE', EU, 46.95, 7.45],
  [230, 'SPN', 'Spain', 'ESP', EU, 40.42, -3.7],
  [232, 'AND', 'Andorra', 'AND', EU, 42.51, 1.52],
  [235, 'POR', 'Portugal', 'PRT', EU, 38.72, -9.14],
  [240, 'HAN', 'Hanover', '', EU, 52.37, 9.74],
  [245, 'BAV', 'Bavaria', '', EU, 48.14, 11.58],
  [255, 'GMY', 'Germany (Prussia before 1871)', 'DEU', EU, 52.52, 13.4],
  [260, 'GFR', 'West Germany (German Federal Republic)', 'DEU', EU, 50.74, 7.1],
  [265, 'GDR', 'East Germany (German Democratic Republic)', 'DDR', EU, 52.52, 13.41],
  [267, 'BAD', 'Baden', '', EU, 49.01, 8.4],
  [269, 'SAX', 'Saxony', '', EU, 51.05, 13.74],
  [271, 'WRT', 'Württemberg', '', EU, 48.78, 9.18],
  [273, 'HSE', 'Hesse-Kassel (Electoral Hesse)', '', EU, 51.31, 9.48],
  [275, 'HSG', 'Hesse-Darmstadt (Grand Ducal Hesse)', '', EU, 49.87, 8.65],
  [280, 'MEC', 'Mecklenburg-Schwerin', '', EU, 53.63, 11.41],
  [290, 'POL', 'Poland', 'POL', EU, 52.23, 21.01],
  [300, 'AUH', 'Austria-Hungary (Austria before 1867)', '', EU, 48.21, 16.37],
  [305, 'AUS', 'Austria', 'AUT', EU, 48.21, 16.37],
  [310, 'HUN', 'Hungary', 'HUN', EU, 47.5, 19.04],
  [315, 'CZE', 'Czechoslovakia', 'CSK', EU, 50.08, 14.44],
  [316, 'CZR', 'Czechia', 'CZE', EU, 50.08, 14.44],
  [317, 'SLO', 'Slovakia', 'SVK', EU, 48.15, 17.11],
  [325, 'ITA', 'Italy (Sardinia before 1861)', 'ITA', EU, 41.9, 12.5],
  [327, 'PAP', 'Papal States', '', EU, 41.9, 12.45],
  [329, 'SIC', 'Two Sicilies', '', EU, 40.85, 14.27],
  [331, 'SNM', 'San Marino', 'SMR', EU, 43.94, 12.45],
  [332, 'MOD', 'Modena', '', EU, 44.65, 10.93],
  [335, 'PMA', 'Parma', '', EU, 44.8, 10.33],
  [337, 'TUS', 'Tuscany', '', EU, 43.77, 11.26],
  [338, 'MLT', 'Malta', 'MLT', EU, 35.9, 14.51],
  [339, 'ALB', 'Albania', 'ALB', EU, 41.33, 19.82],
  [341, 'MNG', 'Montenegro', 'MNE', EU, 42.44, 19.26],
  [343, 'MAC', 'North Macedonia', 'MKD', EU, 42.0, 21.43],
  [344, 'CRO', 'Croatia', 'HRV', EU, 45.81, 15.98],
  [345, 'YUG', 'Yugoslavia (Serbia before 1918 and from 2006)', 'YUG', EU, 44.79, 20.45],
  [346, 'BOS', 'Bosnia and Herzegovina', 'BIH', EU, 43.86, 18.41],
  [347, 'KOS', 'Kosovo', '', EU, 42.66, 21.17],
  [349, 'SLV', 'Slovenia', 'SVN', EU, 46.06, 14.51],
  [350, 'GRC', 'Greece', 'GRC', EU, 37.98, 23.73],
  [352, 'CYP', 'Cyprus', 'CYP', EU, 35.17, 33.36],
  [355, 'BUL', 'Bulgaria', 'BGR', EU, 42.7, 23.32],
  [359, 'MLD', 'Moldova', 'MDA', EU, 47.01, 28.86],
  [360, 'ROM', 'Romania', 'ROU', EU, 44.43, 26.1],
  [365, 'RUS', 'Russia (Soviet Union 1922–1991)', 'RUS', EU, 55.76, 37.62],
  [366, 'EST', 'Estonia', 'EST', EU, 59.44, 24.75],
  [367, 'LAT', 'Latvia', 'LVA', EU, 56.95, 24.11],
  [368, 'LIT', 'Lithuania', 'LTU', EU, 54.69, 25.28],
  [369, 'UKR', 'Ukraine', 'UKR', EU, 50.45, 30.52],
  [370, 'BLR', 'Belarus', 'BLR', EU, 53.9, 27.56],
  [371, 'ARM', 'Armenia', 'ARM', EU, 40.18, 44.51],
  [372, 'GRG', 'Georgia', 'GEO', EU, 41.72, 44.79],
  [373, 'AZE', 'Azerbaijan', 'AZE', EU, 40.41, 49.87],
  [375, 'FIN', 'Finland', 'FIN', EU, 60.17, 24.94],
  [380, 'SWD', 'Sweden', 'SWE', EU, 59.33, 18.07],
  [385, 'NOR', 'Norway', 'NOR', EU, 59.91, 10.75],
  [390, 'DEN', 'Denmark', 'DNK', EU, 55.68, 12.57],
  [395, 'ICE', 'Iceland', 'ISL', EU, 64.15, -21.94],
  [402, 'CAP', 'Cape Verde', 'CPV', AF, 14.93, -23.51],
  [403, 'STP', 'São Tomé and Príncipe', 'STP', AF, 0.34, 6.73],
  [404, 'GNB', 'Guinea-Bissau', 'GNB', AF, 11.86, -15.6],
  [411, 'EQG', 'Equatorial Guinea', 'GNQ', AF, 3.75, 8.78],
  [420, 'GAM', 'Gambia', 'GMB', AF, 13.45, -16.58],
  [432, 'MLI', 'Mali', 'MLI', AF, 12.64, -8.0],
  [433, 'SEN', 'Senegal', 'SEN', AF, 14.72, -17.47],
  [434, 'BEN', 'Benin', 'BEN', AF, 6.5, 2.6],
  [435, 'MAA', 'Mauritania', 'MRT', AF, 18.08, -15.98],
  [436, 'NIR', 'Niger', 'NER', AF, 13.51, 2.11],
  [437, 'CDI', "Côte d'Ivoire", 'CIV', AF, 6.83, -5.29],
  [438, 'GUI', 'Guinea', 'GIN', AF, 9.64, -13.58],
  [439, 'BFO', 'Burkina Faso', 'BFA', AF, 12.37, -1.52],
  [450, 'LBR', 'Liberia', 'LBR', AF, 6.3, -10.8],
  [451, 'SIE', 'Sierra Leone', 'SLE', AF, 8.47, -13.23],
  [452, 'GHA', 'Ghana', 'GHA', AF, 5.6, -0.19],
  [461, 'TOG', 'Togo', 'TGO', AF, 6.13, 1.22],
  [471, 'CAO', 'Cameroon', 'CMR', AF, 3.85, 11.5],
  [475, 'NIG', 'Nigeria', 'NGA', AF, 9.08, 7.4],
  [481, 'GAB', 'Gabon', 'GAB', AF, 0.42, 9.47],
  [482, 'CEN', 'Central African Republic', 'CAF', AF, 4.39, 18.56],
  [483, 'CHA', 'Chad', 'TCD', AF, 12.13, 15.06],
  [484, 'CON', 'Congo', 'COG', AF, -4.27, 15.27],
  [490, 'DRC', 'Democratic Republic of the Congo', 'COD', AF, -4.44, 15.27],
  [500, 'UGA', 'Uganda', 'UGA', AF, 0.35, 32.58],
  [501, 'KEN', 'Kenya', 'KEN', AF, -1.29, 36.82],
  [510, 'TAZ', 'Tanzania', 'TZA', AF, -6.16, 35.75],
  [511, 'ZAN', 'Zanzibar', '', AF, -6.17, 39.2],
  [516, 'BUI', 'Burundi', 'BDI', AF, -3.38, 29.36],
  [517, 'RWA', 'Rwanda', 'RWA', AF, -1.94, 30.06],
  [520, 'SOM', 'Somalia', 'SOM', AF, 2.05, 45.32],
  [522, 'DJI', 'Djibouti', 'DJI', AF, 11.59, 43.15],
  [530, 'ETH', 'Ethiopia', 'ETH', AF, 9.03, 38.74],
  [531, 'ERI', 'Eritrea', 'ERI', AF, 15.32, 38.93],
  [540, 'ANG', 'Angola', 'AGO', AF, -8.84, 13.23],
  [541, 'MZM', 'Mozambique', 'MOZ', AF, -25.97, 32.57],
  [551, 'ZAM', 'Zambia', 'ZMB', AF, -15.39, 28.32],
  [552, 'ZIM', 'Zimbabwe', 'ZWE', AF, -17.83, 31.05],
  [553, 'MAW', 'Malawi', 'MWI', AF, -13.96, 33.79],
  [560, 'SAF', 'South Africa', 'ZAF', AF, -25.75, 28.19],
  [565, 'NAM', 'Namibia', 'NAM', AF, -22.56, 17.08],
  [570, 'LES', 'Lesotho', 'LSO', AF, -29.31, 27.48],
  [571, 'BOT', 'Botswana', 'BWA', AF, -24.65, 25.91],
  [572, 'SWA', 'Eswatini (Swaziland)', 'SWZ', AF, -26.31, 31.14],
  [580, 'MAG', 'Madagascar', 'MDG', AF, -18.88, 47.51],
  [581, 'COM', 'Comoros', 'COM', AF, -11.7, 43.26],
  [590, 'MAS', 'Mauritius', 'MUS', AF, -20.16, 57.5],
  [591, 'SEY', 'Seychelles', 'SYC', AF, -4.62, 55.45],
  [600, 'MOR', 'Morocco', 'MAR', ME, 34.02, -6.83],
  [615, 'ALG', 'Algeria', 'DZA', ME, 36.75, 3.06],
  [616, 'TUN', 'Tunisia', 'TUN', ME, 36.81, 10.18],
  [620, 'LIB', 'Libya', 'LBY', ME, 32.89, 13.19],
  [625, 'SUD', 'Sudan', 'SDN', AF, 15.5, 32.56],
  [626, 'SSD', 'South Sudan', 'SSD', AF, 4.85, 31.58],
  [630, 'IRN', 'Iran', 'IRN', ME, 35.69, 51.39],
  [640, 'TUR', 'Turkey (Ottoman Empire before 1923)', 'TUR', EU, 39.93, 32.86],
  [645, 'IRQ', 'Iraq', 'IRQ', ME, 33.31, 44.36],
  [651, 'EGY', 'Egypt', 'EGY', ME, 30.04, 31.24],
  [652, 'SYR', 'Syria', 'SYR', ME, 33.51, 36.29],
  [660, 'LEB', 'Lebanon', 'LBN', ME, 33.89, 35.5],
  [663, 'JOR', 'Jordan', 'JOR', ME, 31.95, 35.93],
  [666, 'ISR', 'Israel', 'ISR', ME, 31.78, 35.22],
  [670, 'SAU', 'Saudi Arabia', 'SAU', ME, 24.71, 46.68],
  [678, 'YAR', 'Yemen Arab Republic (North Yemen)', '', ME, 15.37, 44.19],
  [679, 'YEM', 'Yemen', 'YEM', ME, 15.37, 44.19],
  [680, 'YPR', "Yemen People's Republic (South Yemen)", 'YMD', ME, 12.79, 45.02],
  [690, 'KUW', 'Kuwait', 'KWT', ME, 29.38, 47.99],
  [692, 'BAH', 'Bahrain', 'BHR', ME, 26.23, 50.59],
  [694, 'QAT', 'Qatar', 'QAT', ME, 25.29, 51.53],
  [696, 'UAE', 'United Arab Emirates', 'ARE', ME, 24.45, 54.38],
  [698, 'OMA', 'Oman', 'OMN', ME, 23.59, 58.41],
  [700, 'AFG', 'Afghanistan', 'AFG', SA, 34.56, 69.21],
  [701, 'TKM', 'Turkmenistan', 'TKM', CA, 37.96, 58.33],
  [702, 'TAJ', 'Tajikistan', 'TJK', CA, 38.56, 68.79],
  [703, 'KYR', 'Kyrgyzstan', 'KGZ', CA, 42.87, 74.57],
  [704, 'UZB', 'Uzbekistan', 'UZB', CA, 41.3, 69.24],
  [705, 'KZK', 'Kazakhstan', 'KAZ', CA, 51.17, 71.45],
  [710, 'CHN', 'China', 'CHN', EA, 39.9, 116.41],
  [712, 'MON', 'Mongolia', 'MNG', EA, 47.89, 106.91],
  [713, 'TAW', 'Taiwan', 'TWN', EA, 25.03, 121.57],
  [730, 'KOR', 'Korea (1887–1905)', '', EA, 37.57, 126.98],
  [731, 'PRK', 'North Korea', 'PRK', EA, 39.04, 125.76],
  [732, 'ROK', 'South Korea', 'KOR', EA, 37.57, 126.98],
  [740, 'JPN', 'Japan', 'JPN', EA, 35.68, 139.69],
  [750, 'IND', 'India', 'IND', SA, 28.61, 77.21],
  [760, 'BHU', 'Bhutan', 'BTN', SA, 27.47, 89.64],
  [770, 'PAK', 'Pakistan', 'PAK', SA, 33.68, 73.05],
  [771, 'BNG', 'Bangladesh', 'BGD', SA, 23.81, 90.41],
  [775, 'MYA', 'Myanmar', 'MMR', SE, 19.76, 96.08],
  [780, 'SRI', 'Sri Lanka', 'LKA', SA, 6.93, 79.86],
  [781, 'MAD', 'Maldives', 'MDV', SA, 4.18, 73.51],
  [790, 'NEP', 'Nepal', 'NPL', SA, 27.72, 85.32],
  [800, 'THI', 'Thailand', 'THA', SE, 13.76, 100.5],
  [811, 'CAM', 'Cambodia', 'KHM', SE, 11.56, 104.92],
  [812, 'LAO', 'Laos', 'LAO', SE, 17.98, 102.63],
  [816, 'DRV', 'Vietnam (North Vietnam before 1976)', 'VNM', SE, 21.03, 105.85],
  [817, 'RVN', 'Republic of Vietnam (South Vietnam)', '', SE, 10.82, 106.63],
  [820, 'MAL', 'Malaysia', 'MYS', SE, 3.14, 101.69],
  [830, 'SIN', 'Singapore', 'SGP', SE, 1.35, 103.82],
  [835, 'BRU', 'Brunei', 'BRN', SE, 4.9, 114.94],
  [840, 'PHI', 'Philippines', 'PHL', SE, 14.6, 120.98],
  [850, 'INS', 'Indonesia', 'IDN', SE, -6.21, 106.85],
  [860, 'ETM', 'Timor-Leste', 'TLS', SE, -8.56, 125.56],
  [900, 'AUL', 'Australia', 'AUS', OC, -35.28, 149.13],
  [910, 'PNG', 'Papua New Guinea', 'PNG', OC, -9.44, 147.18],
  [920, 'NEW', 'New Zealand', 'NZL', OC, -41.29, 174.78],
  [935, 'VAN', 'Vanuatu', 'VUT', OC, -17.73, 168.32],
  [940, 'SOL', 'Solomon Islands', 'SLB', OC, -9.43, 159.96],
  [946, 'KIR', 'Kiribati', 'KIR', OC, 1.33, 172.98],
  [947, 'TUV', 'Tuvalu', 'TUV', OC, -8.52, 179.2],
  [950, 'FIJ', 'Fiji', 'FJI', OC, -18.14, 178.44],
  [955, 'TON', 'Tonga', 'TON', OC, -21.14, -175.2],
  [970, 'NAU', 'Nauru', 'NRU', OC, -0.55, 166.92],
  [983, 'MSI', 'Marshall Islands', 'MHL', OC, 7.09, 171.38],
  [986, 'PAL', 'Palau', 'PLW', OC, 7.34, 134.48],
  [987, 'FSM', 'Micronesia (Federated States)', 'FSM', OC, 6.92, 158.16],
  [990, 'WSM', 'Samoa', 'WSM', OC, -13.83, -171.76],
];

/** Every state of the COW state system (v2016), by ccode. */
export const COW_STATES: ReadonlyMap<number, CowState> = new Map(
  ROWS.map(([ccode, abbreviation, name, iso3, region, lat, lon]) => [
    ccode,
    iso3 === ''
      ? { ccode, abbreviation, name, region, lat, lon }
      : { ccode, abbreviation, name, iso3, region, lat, lon },
  ]),
);

// Where two COW codes share one ISO code (255 and 260 are both DEU), the first keeps the ISO id.
const ISO_OWNER = new Map<string, number>();
for (const [ccode, , , iso3] of ROWS) if (iso3 !== '' && !ISO_OWNER.has(iso3)) ISO_OWNER.set(iso3, ccode);

/**
 * The actor id of a COW state: its lowercase ISO alpha-3 (`usa`, `csk`), as the app's own dataset uses, or
 * `cow-` and its lowercase COW abbreviation when ISO has no code of its own for it (`cow-auh`, `cow-gfr`).
 */
export function cowActorId(state: CowState): string {
  const owner = state.iso3 === undefined ? undefined : ISO_OWNER.get(state.iso3);
  return state.iso3 !== undefined && owner === state.ccode
    ? state.iso3.toLowerCase()
    : `cow-${state.abbreviation.toLowerCase()}`;
}
