import { seededRandom } from '../domain/seededRandom';

/** Runs `work` with Math.random replaced by a seeded generator, for libraries that take no seed; restores it after. */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
