/** A seeded generator (mulberry32): the same seed gives the same documents on every machine. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** A value of `list`, the first ones far more often (Zipf-like, as words and providers are). */
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * next() ** 2.5)] as T;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(list.length * next())] as T;
  return { next, skewed, pick };
}
