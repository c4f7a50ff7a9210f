import { readFileSync } from 'node:fs';

/**
 * The 10,000 most common passwords (see `data/common-passwords.SOURCE.md`), lower-cased: read once, when the
 * module loads, from the data file shipped with the subgraph.
 */
const commonPasswords = new Set(
  readFileSync(new URL('../../../data/common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean),
);

/**
 * Whether `password` is one of the most common passwords, in any letter case: the first ones guessed.
 *
 * @example
 * isCommonPassword('1QAZ2WSX3EDC'); // true
 */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
