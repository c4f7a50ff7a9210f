import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, type JWK, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';

/** Roles carried in access tokens; each subgraph decides what a role may do with its own data. */
export type Role = 'LEARNER' | 'EDITOR' | 'ADMIN';

export const roles: readonly Role[] = ['LEARNER', 'EDITOR', 'ADMIN'];

/** Who is calling, as proven by a verified access token. */
export interface Viewer {
  userId: string;
  roles: Role[];
  /** What the token allows beyond the roles, e.g. `catalog:read`; empty for people's own tokens. */
  scopes?: string[];
}

export const tokenAlgorithm = 'EdDSA';
const issuer = 'learngraph-users';
const audience = 'learngraph';

/** An Ed25519 public key as a JWK, with its RFC 7638 thumbprint as `kid` and its use spelled out. */
export async function publicJwkOf(key: KeyObject | string): Promise<JWK> {
  const publicKey = createPublicKey(key);
  const jwk = await exportJWK(publicKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: tokenAlgorithm, use: 'sig' };
}

/**
 * Signs one access token with `privateKey` (PKCS#8 PEM or a key object): the header names the key by its
 * thumbprint (`kid`), so verifiers can find it in the published key set.
 *
 * @example
 * const token = await signAccessToken(privateKeyPem, { userId, roles: ['LEARNER'] }, 900);
 */
export async function signAccessToken(privateKey: KeyObject | string, viewer: Viewer, ttlSeconds: number) {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  const { kid } = await publicJwkOf(key);
  return new SignJWT({ roles: viewer.roles, ...(viewer.scopes?.length ? { scope: viewer.scopes.join(' ') } : {}) })
    .setProtectedHeader({ alg: tokenAlgorithm, ...(kid ? { kid } : {}) })
    .setSubject(viewer.userId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

/**
 * Signs access tokens with one fixed key: tests, benches and operators' tools; the users subgraph signs with
 * the current key of its key store.
 *
 * @example
 * const signer = await createTokenSigner(privateKeyPem, 900);
 * const token = await signer.sign({ userId, roles: ['LEARNER'] });
 */
export async function createTokenSigner(privateKeyPem: string, ttlSeconds: number) {
  const key = createPrivateKey(privateKeyPem);
  return { ttlSeconds, sign: (viewer: Viewer) => signAccessToken(key, viewer, ttlSeconds) };
}

export type TokenSigner = Awaited<ReturnType<typeof createTokenSigner>>;

/** Raised for a token that is malformed, forged, expired or meant for someone else. */
export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/** Raised when the keys to check a token against cannot be had (the key set does not answer). */
export class TokenKeysUnavailableError extends Error {
  override name = 'TokenKeysUnavailableError';
}

/** Finds the key a token's header names: a local key set, the published one (`remoteKeySet`), or the users store. */
export type TokenKeys = JWTVerifyGetKey;

const invalid = () => new InvalidTokenError('The access token is invalid or has expired.');

/**
 * Verifies access tokens against `keys`, looked up by the token's `kid`.
 *
 * @example
 * const verifier = createTokenVerifier(remoteKeySet(new URL(config.JWKS_URL)));
 * const viewer = await verifier.verify(token); // throws InvalidTokenError
 */
export function createTokenVerifier(keys: TokenKeys) {
  return {
    async verify(token: string): Promise<Viewer> {
      let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
      try {
        ({ payload } = await jwtVerify(token, keys, { issuer, audience, algorithms: [tokenAlgorithm] }));
      } catch (error) {
        if (error instanceof TokenKeysUnavailableError) throw error;
        throw invalid();
      }
      const claimed = Array.isArray(payload.roles) ? payload.roles : [];
      if (!payload.sub) throw new InvalidTokenError('The token names no subject.');
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
      return {
        userId: payload.sub,
        roles: roles.filter((role) => claimed.includes(role)),
        ...(scopes.length > 0 ? { scopes } : {}),
      };
    },
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
