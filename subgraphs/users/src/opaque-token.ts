import { createHash, randomBytes } from 'node:crypto';

/**
 * A fresh secret token for a person to hold (a refresh token, an email verification) and the SHA-256 under
 * which it is stored: the database never holds a token that works. 32 random bytes need no slow hash.
 *
 * @example
 * const { token, hash } = newOpaqueToken('rt');  // token 'rt_…' goes to the client, hash to the database
 */
export function newOpaqueToken(prefix: string): { token: string; hash: string } {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashOpaqueToken(token) };
}

/** The stored form of a token, to look a presented one up by. */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
