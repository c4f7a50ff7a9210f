const isSpace = (char: string | undefined) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\v' || char === '\f';
const isHex = (char: string | undefined) => char !== undefined && /^[0-9a-fA-F]$/.test(char);
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' };

/**
 * Splits an inline command line into arguments exactly as Redis's `sdssplitargs` does: blanks
 * separate arguments, "double quotes" understand `\n`, `\xHH` and friends, 'single quotes' only `\'`,
 * and a closing quote must be followed by a blank. Returns `undefined` for unbalanced quotes, which
 * Redis answers with a protocol error. Like the C original it stops at a NUL byte.
 *
 * @example
 * splitArgs('set "a b" \'c\''); // ['set', 'a b', 'c']
 */
export function splitArgs(line: string): string[] | undefined {
  const end = line.indexOf('\0') >= 0 ? line.indexOf('\0') : line.length;
  const args: string[] = [];
  let i = 0;
  for (;;) {
    while (i < end && isSpace(line[i])) i++;
    if (i >= end) return args;
    let current = '';
    let inDouble = false;
    let inSingle = false;
    for (let done = false; !done; ) {
      const char = i < end ? line[i] : undefined;
      const next = i + 1 < end ? line[i + 1] : undefined;
      if (inDouble) {
        if (char === '\\' && next === 'x' && isHex(line[i + 2]) && isHex(line[i + 3]) && i + 3 < end) {
          current += String.fromCharCode(Number.parseInt(line.slice(i + 2, i + 4), 16));
          i += 3;
        } else if (char === '\\' && next !== undefined) {
          i++;
          current += ESCAPES[next] ?? next;
        } else if (char === '"') {
          if (next !== undefined && !isSpace(next)) return undefined;
          done = true;
        } else if (char === undefined) {
          return undefined;
        } else {
          current += char;
        }
      } else if (inSingle) {
        if (char === '\\' && next === "'") {
          i++;
          current += "'";
        } else if (char === "'") {
          if (next !== undefined && !isSpace(next)) return undefined;
          done = true;
        } else if (char === undefined) {
          return undefined;
        } else {
          current += char;
        }
      } else if (char === undefined || char === ' ' || char === '\n' || char === '\r' || char === '\t') {
        done = true;
      } else if (char === '"') {
        inDouble = true;
      } else if (char === "'") {
        inSingle = true;
      } else {
        current += char;
      }
      if (char !== undefined) i++;
    }
    args.push(current);
  }
}
