/** C's signed char, which Redis's range comparisons in `[a-z]` classes use. */
const signedByte = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code >= 128 ? code - 256 : code;
};

/**
 * Glob-style matching as Redis's `stringmatchlen` (KEYS, SCAN MATCH, PSUBSCRIBE): `*`, `?`,
 * `[abc]`, `[^a-z]`, and `\` escapes, on bytes, with the same recursion guard against abusive
 * patterns and the same early exit once a `*` has failed to match the rest of the string.
 *
 * @example
 * globMatch('user:*:name', 'user:42:name'); // true
 */
export function globMatch(pattern: string, text: string): boolean {
  return match(pattern, 0, text, 0, { skipLongerMatches: false }, 0);
}

function match(
  pattern: string,
  p: number,
  text: string,
  s: number,
  state: { skipLongerMatches: boolean },
  nesting: number,
): boolean {
  if (nesting > 1000) return false;
  while (p < pattern.length && s < text.length) {
    const token = pattern[p];
    if (token === '*') {
      while (p + 1 < pattern.length && pattern[p + 1] === '*') p++;
      if (p === pattern.length - 1) return true;
      for (; s < text.length; s++) {
        if (match(pattern, p + 1, text, s, state, nesting + 1)) return true;
        if (state.skipLongerMatches) return false;
      }
      state.skipLongerMatches = true;
      return false;
    }
    if (token === '?') {
      s++;
    } else if (token === '[') {
      const result = matchClass(pattern, p + 1, text, s);
      if (!result.matched) return false;
      p = result.end;
      s++;
    } else {
      if (token === '\\' && pattern.length - p >= 2) p++;
      if (pattern[p] !== text[s]) return false;
      s++;
    }
    p++;
    if (s === text.length) {
      while (pattern[p] === '*') p++;
      break;
    }
  }
  return p >= pattern.length && s === text.length;
}

/** Matches one character against a `[...]` class starting after the `[`; `end` is the index of its `]`. */
function matchClass(pattern: string, start: number, text: string, s: number): { matched: boolean; end: number } {
  let p = start;
  const negated = pattern[p] === '^';
  if (negated) p++;
  let matched = false;
  for (;;) {
    const remaining = pattern.length - p;
    if (pattern[p] === '\\' && remaining >= 2) {
      p++;
      if (pattern[p] === text[s]) matched = true;
    } else if (pattern[p] === ']') {
      break;
    } else if (remaining === 0) {
      p--;
      break;
    } else if (remaining >= 3 && pattern[p + 1] === '-') {
      const low = Math.min(signedByte(pattern, p), signedByte(pattern, p + 2));
      const high = Math.max(signedByte(pattern, p), signedByte(pattern, p + 2));
      const char = signedByte(text, s);
      p += 2;
      if (char >= low && char <= high) matched = true;
    } else if (pattern[p] === text[s]) {
      matched = true;
    }
    p++;
  }
  return { matched: negated ? !matched : matched, end: p };
}
