import type { TextQuery } from './text-query.js';

/**
 * PostgreSQL's `ts_rank(document, query)` (default weights, no normalisation) computed in JavaScript, so that
 * the in-memory text index orders matches exactly as the SQL it replaces. PostgreSQL computes in single
 * precision where its C variables are `float`; `Math.fround` rounds at the same steps (a float operation
 * is the correctly rounded double one, rounded once to single precision).
 *
 * A position is packed as in a tsvector: the word's position in its low 14 bits, its weight (D=0 … A=3)
 * in the top two.
 */

const f = Math.fround;
/** Weights of D, C, B and A positions, as the single-precision floats PostgreSQL holds. */
const weights = [f(0.1), f(0.2), f(0.4), f(1)];
const maxPosition = 1 << 14;
const weightOf = (position: number) => weights[position >> 14] as number;
const positionOf = (position: number) => position & (maxPosition - 1);

/** Positions a lexeme holds in a document; `positionless` for one stored without positions. */
export type Positions = Uint16Array;
export const positionless = new Uint16Array(0);

/** How close two words are worth, by the distance between them. */
function wordDistance(distance: number): number {
  if (distance > 100) return f(1e-30);
  return f(1 / (1.005 + 0.05 * Math.exp(f(distance) / 1.5 - 2)));
}

/** Any matched word counts, more for more occurrences and higher weights (calc_rank_or). */
function rankAny(lexemes: readonly string[], positionsOf: (lexeme: string) => Positions | undefined): number {
  let rank = 0;
  for (const lexeme of lexemes) {
    const found = positionsOf(lexeme);
    if (!found) continue;
    // A positionless lexeme counts as one occurrence at position 0 with weight D.
    const positions = found.length === 0 ? Uint16Array.of(0) : found;
    let sum = 0;
    let heaviest = -1;
    let heaviestAt = 0;
    for (let index = 0; index < positions.length; index += 1) {
      const weight = weightOf(positions[index] as number);
      sum = f(sum + f(weight / ((index + 1) * (index + 1))));
      if (weight > heaviest) {
        heaviest = weight;
        heaviestAt = index;
      }
    }
    const occurrences = f(f(heaviest + sum) - f(heaviest / ((heaviestAt + 1) * (heaviestAt + 1))));
    rank = f(rank + occurrences / 1.64493406685);
  }
  return lexemes.length > 0 ? f(rank / lexemes.length) : rank;
}

/** Pairs of matched words count, more the closer they stand (calc_rank_and); -1 when no pair is found. */
function rankPairs(lexemes: readonly string[], positionsOf: (lexeme: string) => Positions | undefined): number {
  let rank = -1;
  const found: Array<Positions | undefined> = [];
  for (let current = 0; current < lexemes.length; current += 1) {
    const mine = positionsOf(lexemes[current] as string);
    if (!mine) continue;
    found[current] = mine;
    for (let earlier = 0; earlier < current; earlier += 1) {
      const theirs = found[earlier];
      if (!theirs) continue;
      // Positionless lexemes stand at the last position, weight D.
      const left = mine.length === 0 ? Uint16Array.of(maxPosition - 1) : mine;
      const right = theirs.length === 0 ? Uint16Array.of(maxPosition - 1) : theirs;
      for (const a of left) {
        for (const b of right) {
          let distance = Math.abs(positionOf(a) - positionOf(b));
          if (distance === 0 && mine.length !== 0 && theirs.length !== 0) continue;
          if (distance === 0) distance = maxPosition;
          const closeness = f(Math.sqrt(f(f(weightOf(a) * weightOf(b)) * wordDistance(distance))));
          rank = rank < 0 ? closeness : f(1 - (1 - rank) * (1 - closeness));
        }
      }
    }
  }
  return rank;
}

/** Byte order of UTF-8 text, shorter first on a common prefix: how PostgreSQL sorts a query's lexemes. */
function compareLexemes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * The ranking of one query, to apply to many documents: the query's distinct lexemes (negated ones too)
 * sorted as PostgreSQL sorts them, which fixes the order single-precision sums are made in.
 *
 * @example
 * const rank = textRank(query); rank((lexeme) => document.positionsOf(lexeme));
 */
export function textRank(query: TextQuery, lexemes: readonly string[]) {
  const sorted = [...new Set(lexemes)].sort(compareLexemes);
  const byPairs = query.kind === 'and' && sorted.length >= 2;
  /** The rank of a non-empty document, given where it holds each lexeme. */
  return (positionsOf: (lexeme: string) => Positions | undefined): number => {
    const rank = byPairs ? rankPairs(sorted, positionsOf) : rankAny(sorted, positionsOf);
    return rank < 0 ? f(1e-20) : rank;
  };
}
