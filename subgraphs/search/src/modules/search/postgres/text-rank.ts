import { lexemesOf, type TextQuery } from './text-query.js';

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

/** Where a document holds each query lexeme: positions[starts[at] … starts[at + 1]] for `at` ≥ 0. */
export interface LexemePositions {
  positions: Uint16Array;
  starts: Uint32Array;
}

/** How close two words are worth, by the distance between them. */
function wordDistance(distance: number): number {
  if (distance > 100) return f(1e-30);
  return f(1 / (1.005 + 0.05 * Math.exp(f(distance) / 1.5 - 2)));
}

/**
 * Any matched word counts, more for more occurrences and higher weights (calc_rank_or). A lexeme stored
 * without positions counts as one occurrence at position 0 with weight D.
 */
function rankAny(document: LexemePositions, found: Int32Array, count: number): number {
  let rank = 0;
  for (let lexeme = 0; lexeme < count; lexeme += 1) {
    const at = found[lexeme] as number;
    if (at < 0) continue;
    const start = document.starts[at] as number;
    const length = Math.max((document.starts[at + 1] as number) - start, 1);
    const positionless = start === document.starts[at + 1];
    let sum = 0;
    let heaviest = -1;
    let heaviestAt = 0;
    for (let index = 0; index < length; index += 1) {
      const weight = positionless ? (weights[0] as number) : weightOf(document.positions[start + index] as number);
      sum = f(sum + f(weight / ((index + 1) * (index + 1))));
      if (weight > heaviest) {
        heaviest = weight;
        heaviestAt = index;
      }
    }
    const occurrences = f(f(heaviest + sum) - f(heaviest / ((heaviestAt + 1) * (heaviestAt + 1))));
    rank = f(rank + occurrences / 1.64493406685);
  }
  return count > 0 ? f(rank / count) : rank;
}

/**
 * Pairs of matched words count, more the closer they stand (calc_rank_and); -1 when no pair is found. A
 * lexeme stored without positions stands at the last position with weight D.
 */
function rankPairs(document: LexemePositions, found: Int32Array, count: number): number {
  const { positions, starts } = document;
  const positionAt = (at: number, index: number) =>
    starts[at] === starts[at + 1] ? maxPosition - 1 : (positions[(starts[at] as number) + index] as number);
  const lengthOf = (at: number) => Math.max((starts[at + 1] as number) - (starts[at] as number), 1);
  let rank = -1;
  for (let current = 0; current < count; current += 1) {
    const mine = found[current] as number;
    if (mine < 0) continue;
    for (let earlier = 0; earlier < current; earlier += 1) {
      const theirs = found[earlier] as number;
      if (theirs < 0) continue;
      const eitherPositionless = starts[mine] === starts[mine + 1] || starts[theirs] === starts[theirs + 1];
      for (let l = 0; l < lengthOf(mine); l += 1) {
        const a = positionAt(mine, l);
        for (let p = 0; p < lengthOf(theirs); p += 1) {
          const b = positionAt(theirs, p);
          let distance = Math.abs(positionOf(a) - positionOf(b));
          if (distance === 0 && !eitherPositionless) continue;
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
 * The ranking of one query, to apply to many documents: `lexemes` are the query's distinct lexemes
 * (negated ones too) sorted as PostgreSQL sorts them, which fixes the order single-precision sums are
 * made in; `rank` takes where a document holds each of them (-1: nowhere), in that order.
 *
 * @example
 * const { lexemes, rank } = textRank(query); rank(document, found);
 */
export function textRank(query: TextQuery) {
  const lexemes = [...new Set(lexemesOf(query))].sort(compareLexemes);
  // PostgreSQL ranks a phrase at the top as it ranks `&`: by pairs of matched words.
  const byPairs = (query.kind === 'and' || query.kind === 'phrase') && lexemes.length >= 2;
  return {
    lexemes,
    /** The rank of a non-empty document. */
    rank(document: LexemePositions, found: Int32Array): number {
      const rank = byPairs ? rankPairs(document, found, lexemes.length) : rankAny(document, found, lexemes.length);
      return rank < 0 ? f(1e-20) : rank;
    },
  };
}
