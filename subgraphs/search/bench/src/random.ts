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
  /** A value of `list`, the first ones far more often (as providers and topics are). */
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * next() ** 2.5)] as T;
  /**
   * A value of `list`, the first ones more often, as words are in a catalog: with 30 words a document and
   * a few thousand words, the most frequent is in about 5% of documents, a typical one in a fraction of 1%.
   */
  const word = <T>(list: readonly T[]): T => list[Math.floor(list.length * next() ** 1.5)] as T;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(list.length * next())] as T;
  return { next, skewed, word, pick };
}
