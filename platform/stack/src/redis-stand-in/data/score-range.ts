import { doubleArg } from '../support/doubles.js';
import type { SortedSet } from './sorted-set.js';

/** An index range [start, end) into a sorted set's order. */
export interface IndexRange {
  start: number;
  end: number;
}

/**
 * A score interval as ZREMRANGEBYSCORE takes it, after Redis's `zslParseRange`: `(` makes a bound
 * exclusive, `-inf` and `+inf` are the open ends. Throws `ERR min or max is not a float`.
 */
export function scoreRange(min: string, max: string): (set: SortedSet) => IndexRange {
  const low = scoreBound(min);
  const high = scoreBound(max);
  return (set) => {
    if (low.value > high.value || (low.value === high.value && (low.exclusive || high.exclusive))) {
      return { start: 0, end: 0 };
    }
    const start = set.firstIndex(({ score }) => (low.exclusive ? score > low.value : score >= low.value));
    const end = set.firstIndex(({ score }) => (high.exclusive ? score >= high.value : score > high.value));
    return { start, end: Math.max(start, end) };
  };
}

function scoreBound(text: string): { value: number; exclusive: boolean } {
  const exclusive = text.startsWith('(');
  return { value: doubleArg(exclusive ? text.slice(1) : text, 'min or max is not a float'), exclusive };
}
