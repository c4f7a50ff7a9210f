/**
 * A seeded source of randomness with the few draws the catalog generator needs. Everything it returns
 * derives from the seed alone, so that a seed names one catalog.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of `entries`, each as likely as its weight. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T;
  /** Up to `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A log-normal draw around `median`: most values near it, a long tail far above (views, popularity). */
  logNormal(median: number, sigma: number): number;
}

/** SplitMix32 spreads a small seed over the four state words, so that seeds 1 and 2 start far apart. */
function splitMix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A seeded generator: SFC32 (small, fast, passes PractRand to terabytes), seeded through SplitMix32.
 * No dependency, and the same sequence on every platform because it only uses 32-bit integer arithmetic.
 *
 * @example
 * const random = createRandom(42);
 * random.pick(['COURSE', 'VIDEO']); // the same value on every run with seed 42
 */
export function createRandom(seed: number): Random {
  const seeder = splitMix32(seed);
  let a = seeder();
  let b = seeder();
  let c = seeder();
  let d = seeder();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // The first outputs still echo the seed words; discarding a few is the usual SFC warm-up.
  for (let i = 0; i < 12; i += 1) next();

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted(entries) {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let target = next() * total;
      for (const [value, weight] of entries) {
        target -= weight;
        if (target < 0) return value;
      }
      return pick(entries)[0];
    },
    sample(items, count) {
      // Distinct positions by rejection: the generator samples a handful from pools of hundreds, where
      // copying the pool for every draw would cost more than the rare repeat.
      const positions = new Set<number>();
      while (positions.size < Math.min(count, items.length)) positions.add(Math.floor(next() * items.length));
      return [...positions].map((position) => items[position] as (typeof items)[number]);
    },
    logNormal(median, sigma) {
      // Box–Muller; 1 - next() keeps the logarithm away from zero.
      const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return median * Math.exp(sigma * normal);
    },
  };
}
