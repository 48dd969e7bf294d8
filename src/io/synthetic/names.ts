import type { Random } from './random';

const HEADS = [
  'Val',
  'Kes',
  'Mor',
  'Ash',
  'Bel',
  'Cor',
  'Dra',
  'El',
  'Fen',
  'Gal',
  'Har',
  'Ist',
  'Jor',
  'Kal',
  'Lor',
  'Mar',
  'Nor',
  'Or',
  'Pel',
  'Quar',
  'Ros',
  'Sar',
  'Tal',
  'Ul',
  'Ver',
  'Wes',
  'Zan',
  'Bra',
  'Cal',
  'Dun',
  'Er',
  'Gor',
  'Hel',
  'Ith',
  'Lun',
  'Mel',
  'Nav',
  'Os',
  'Pra',
  'Rav',
  'Sel',
  'Tor',
  'Vor',
  'Yl',
  'Zer',
];
const MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ar', 'en', 'or', 'is', 'an', 'el', 'ur', ''];
const TAILS = [
  'dia',
  'nia',
  'ria',
  'land',
  'stan',
  'mark',
  'via',
  'gal',
  'ros',
  'tia',
  'ca',
  'ra',
  'nor',
  'vania',
  'mont',
  'burg',
  'esh',
  'ano',
  'ine',
  'ova',
  'ia',
  'ay',
  'ador',
  'ani',
  'enne',
];
const CITY_TAILS = [
  'ford',
  'holm',
  'grad',
  'polis',
  'ville',
  'haven',
  'port',
  'mouth',
  'burg',
  'ston',
  'a',
  'o',
];

/** Hands out made-up place names that never repeat within one generator run. */
export class NameMaker {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** A country-like name: "Valoria", "Kesenmark". */
  country(): string {
    return this.unique(() => this.random.pick(HEADS) + this.random.pick(MIDDLES) + this.random.pick(TAILS));
  }

  /** A city-like name, for treaties named after where they were signed. */
  city(): string {
    return this.unique(
      () => this.random.pick(HEADS) + this.random.pick(MIDDLES) + this.random.pick(CITY_TAILS),
    );
  }

  private unique(make: () => string): string {
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = make();
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    // The syllables allow ~300,000 names; past 50 collisions, number the name rather than loop.
    const name = `${make()} ${this.used.size + 1}`;
    this.used.add(name);
    return name;
  }
}

/** A lowercase id from a name ("Nova Mark 12" → "nova-mark-12"). */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A three-letter code for a name, unique among `taken` (ISO 3166-1 alpha-3 shape). */
export function iso3For(name: string, taken: Set<string>): string {
  const letters = name.toUpperCase().replace(/[^A-Z]/g, '');
  const first = letters[0] ?? 'X';
  for (let i = 1; i < letters.length; i++)
    for (let j = i + 1; j < letters.length; j++) {
      const code = first + letters[i] + letters[j];
      if (!taken.has(code)) return take(code, taken);
    }
  for (let n = 0; n < 26 * 26 * 26; n++) {
    const code = [n / 676, (n / 26) % 26, n % 26]
      .map((k) => String.fromCharCode(65 + Math.floor(k)))
      .join('');
    if (!taken.has(code)) return take(code, taken);
  }
  throw new Error('iso3For: every three-letter code is taken');
}

function take(code: string, taken: Set<string>): string {
  taken.add(code);
  return code;
}
