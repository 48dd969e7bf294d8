import { seededRandom } from '../../domain/seededRandom';

/** A seeded source of randomness: the same seed always gives the same sequence, on every platform. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with probability proportional to its weight; -1 when every weight is zero. */
  weighted(weights: ArrayLike<number>): number;
  /** A standard normal variate (Box–Muller). */
  gauss(): number;
}

/**
 * mulberry32 over a 32-bit state: tiny, fast and good enough for test data. Math.random is never used, so a
 * generated dataset depends on its seed alone.
 */
export function createRandom(seed: number): Random {
  const next = seededRandom(Math.trunc(seed) ^ 0x9e3779b9);
  const random: Random = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick(items) {
      if (items.length === 0) throw new Error('pick: no items to pick from');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted(weights) {
      let total = 0;
      for (let i = 0; i < weights.length; i++) total += weights[i] as number;
      if (total <= 0) return -1;
      let target = next() * total;
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i] as number;
        if (target < 0 && (weights[i] as number) > 0) return i;
      }
      // Rounding can leave a sliver at the end: give it to the last positive weight.
      for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return i;
      return -1;
    },
    gauss() {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
  return random;
}
