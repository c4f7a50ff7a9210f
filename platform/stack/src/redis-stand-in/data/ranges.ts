import { ReplyError } from '../protocol/reply.js';
import { strtod } from '../support/doubles.js';
import type { ScoredMember, SortedSet } from './sorted-set.js';

/** An index range [start, end) into a sorted set's order. */
export interface IndexRange {
  start: number;
  end: number;
}

/**
 * A score interval as ZRANGE BYSCORE, ZCOUNT and ZREMRANGEBYSCORE take it: `(` makes a bound
 * exclusive, `-inf`/`+inf` are open ends. Parsed like Redis's `zslParseRange`, with C's `strtod`,
 * which takes leading blanks and even an empty bound (as 0). Throws `ERR min or max is not a float`.
 */
export function scoreRange(min: string, max: string): (set: SortedSet) => IndexRange {
  const low = scoreBound(min);
  const high = scoreBound(max);
  return (set) => {
    if (low.value > high.value || (low.value === high.value && (low.exclusive || high.exclusive))) {
      return { start: 0, end: 0 };
    }
    const start = set.firstIndex((entry) => (low.exclusive ? entry.score > low.value : entry.score >= low.value));
    const end = set.firstIndex((entry) => (high.exclusive ? entry.score >= high.value : entry.score > high.value));
    return { start, end: Math.max(start, end) };
  };
}

function scoreBound(text: string): { value: number; exclusive: boolean } {
  const exclusive = text.startsWith('(');
  const body = exclusive ? text.slice(1) : text;
  const parsed = strtod(body);
  if (parsed.length !== body.length || Number.isNaN(parsed.value)) {
    throw new ReplyError('ERR min or max is not a float');
  }
  return { value: parsed.value, exclusive };
}

type LexBound = { kind: 'min' } | { kind: 'max' } | { kind: 'value'; value: string; exclusive: boolean };

/** A member interval for BYLEX: `[a` inclusive, `(a` exclusive, `-` and `+` the open ends (Redis's `zslParseLexRange`). */
export function lexRange(min: string, max: string): (set: SortedSet) => IndexRange {
  const low = lexBound(min);
  const high = lexBound(max);
  return (set) => {
    if (isEmptyLexRange(low, high)) return { start: 0, end: 0 };
    const start = set.firstIndex((entry) => aboveLow(entry, low));
    const end = set.firstIndex((entry) => !belowHigh(entry, high));
    return { start, end: Math.max(start, end) };
  };
}

function lexBound(text: string): LexBound {
  if (text === '-') return { kind: 'min' };
  if (text === '+') return { kind: 'max' };
  if (text.startsWith('(') || text.startsWith('[')) {
    return { kind: 'value', value: text.slice(1), exclusive: text.startsWith('(') };
  }
  throw new ReplyError('ERR min or max not valid string range item');
}

function isEmptyLexRange(low: LexBound, high: LexBound): boolean {
  if (low.kind === 'max' || high.kind === 'min') return true;
  if (low.kind !== 'value' || high.kind !== 'value') return false;
  return low.value > high.value || (low.value === high.value && (low.exclusive || high.exclusive));
}

function aboveLow(entry: ScoredMember, low: LexBound): boolean {
  if (low.kind !== 'value') return low.kind === 'min';
  return low.exclusive ? entry.member > low.value : entry.member >= low.value;
}

function belowHigh(entry: ScoredMember, high: LexBound): boolean {
  if (high.kind !== 'value') return high.kind === 'max';
  return high.exclusive ? entry.member < high.value : entry.member <= high.value;
}
