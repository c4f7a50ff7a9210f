import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A key as partners send it in `x-api-key`: `lgk_<prefix>_<secret>`. */
const keyPattern = /^lgk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

const digest = (key: string) => createHash('sha256').update(key).digest('base64url');

/**
 * A fresh API key: the visible prefix (to find it and to show in lists) and the whole key's SHA-256 to store;
 * the key itself is shown once and never kept.
 *
 * @example
 * const { key, prefix, secretHash } = newApiKey();  // key: 'lgk_3f9a0c1d2e4b_…'
 */
export function newApiKey() {
  const prefix = randomBytes(6).toString('hex');
  const key = `lgk_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: digest(key) };
}

/** The prefix of a well-formed key, or null: anything else is refused before a lookup. */
export function apiKeyPrefix(key: string): string | null {
  return keyPattern.exec(key)?.[1] ?? null;
}

/** Whether `key` is the one stored as `secretHash`, in time that does not depend on where they differ. */
export function apiKeyMatches(key: string, secretHash: string): boolean {
  const given = Buffer.from(digest(key));
  const stored = Buffer.from(secretHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
