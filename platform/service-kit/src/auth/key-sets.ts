import { setTimeout as delay } from 'node:timers/promises';
import { createLocalJWKSet, createRemoteJWKSet, errors, type JWK } from 'jose';
import { publicJwkOf, type TokenKeys, TokenKeysUnavailableError } from './token.js';

/** A key set document as the users subgraph publishes it at `/.well-known/jwks.json`. */
export interface JsonWebKeySet {
  keys: JWK[];
}

/**
 * Verifies against fixed public keys (SPKI PEM), found by their thumbprints: tests, and tools that hold a key.
 *
 * @example
 * createTokenVerifier(publicKeySet([keys.publicKey]));
 */
export function publicKeySet(publicKeyPems: readonly string[]): TokenKeys {
  const set = Promise.all(publicKeyPems.map((pem) => publicJwkOf(pem))).then((keys) => createLocalJWKSet({ keys }));
  return async (header, token) => (await set)(header, token);
}

export interface RemoteKeySetOptions {
  /**
   * The least time between two fetches prompted by a key the cached set does not hold (default 1 s): forged
   * `kid`s cannot make the router hammer the users subgraph, and a token signed by a newly rotated key waits
   * at most this long for the fetch that finds it instead of failing.
   */
  refetchIntervalMs?: number;
  /** How long a fetched set is used before it is fetched again (default 5 minutes). */
  maxAgeMs?: number;
  /** How long one fetch may take (default 2 s). */
  timeoutMs?: number;
}

/** Errors of the key set itself, not of the token: the set could not be fetched or read. */
const isTokenFault = (error: unknown) =>
  error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys;

/**
 * The users subgraph's published key set at `url`, fetched on first use and cached by `kid`; a token whose `kid`
 * is unknown prompts a refetch (at most one per `refetchIntervalMs`), so a rotated key is picked up without a
 * restart. When the set cannot be fetched again, the set fetched last goes on verifying; when none ever was,
 * verification fails with `TokenKeysUnavailableError` (a 503), not as an invalid token.
 *
 * @example
 * createTokenVerifier(remoteKeySet(new URL('http://127.0.0.1:4002/.well-known/jwks.json')));
 */
export function remoteKeySet(url: URL, options: RemoteKeySetOptions = {}): TokenKeys {
  const { refetchIntervalMs = 1000, maxAgeMs = 300_000, timeoutMs = 2000 } = options;
  const set = createRemoteJWKSet(url, {
    cooldownDuration: refetchIntervalMs,
    cacheMaxAge: maxAgeMs,
    timeoutDuration: timeoutMs,
  });
  const lookUp: TokenKeys = async (header, token) => {
    try {
      return await set(header, token);
    } catch (error) {
      if (isTokenFault(error)) throw error;
      // While the users subgraph is away, the keys fetched last still verify the tokens they signed: an outage
      // of one subgraph must not sign everyone out of the others.
      const last = set.jwks();
      if (last) return createLocalJWKSet(last)(header, token);
      throw new TokenKeysUnavailableError(`The token keys at ${url.href} could not be fetched.`);
    }
  };
  return async (header, token) => {
    try {
      return await lookUp(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || !set.coolingDown) throw error;
      // The key may have been published since the last fetch: look again once the bound allows a fetch.
      await delay(refetchIntervalMs);
      return lookUp(header, token);
    }
  };
}
