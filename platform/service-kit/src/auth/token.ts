import { type CryptoKey, importPKCS8, importSPKI, jwtVerify, SignJWT } from 'jose';

/** Roles carried in access tokens; each subgraph decides what a role may do with its own data. */
export type Role = 'LEARNER' | 'EDITOR' | 'ADMIN';

const roles: readonly Role[] = ['LEARNER', 'EDITOR', 'ADMIN'];

/** Who is calling, as proven by a verified access token. */
export interface Viewer {
  userId: string;
  roles: Role[];
}

const algorithm = 'EdDSA';
const issuer = 'learngraph-users';
const audience = 'learngraph';

/**
 * Signs access tokens. Only the users subgraph holds the private key.
 *
 * @example
 * const signer = await createTokenSigner(privateKeyPem, 3600);
 * const token = await signer.sign({ userId, roles: ['LEARNER'] });
 */
export async function createTokenSigner(privateKeyPem: string, ttlSeconds: number) {
  const key = await importPKCS8(privateKeyPem, algorithm);
  return {
    ttlSeconds,
    sign(viewer: Viewer): Promise<string> {
      return new SignJWT({ roles: viewer.roles })
        .setProtectedHeader({ alg: algorithm })
        .setSubject(viewer.userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key);
    },
  };
}

export type TokenSigner = Awaited<ReturnType<typeof createTokenSigner>>;

/** Raised for a token that is malformed, forged, expired or meant for someone else. */
export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/**
 * Verifies access tokens with the users subgraph's public key; every service holds one.
 *
 * @example
 * const verifier = await createTokenVerifier(publicKeyPem);
 * const viewer = await verifier.verify(token); // throws InvalidTokenError
 */
export async function createTokenVerifier(publicKeyPem: string) {
  const key: CryptoKey = await importSPKI(publicKeyPem, algorithm);
  return {
    async verify(token: string): Promise<Viewer> {
      try {
        const { payload } = await jwtVerify(token, key, { issuer, audience, algorithms: [algorithm] });
        const claimed = Array.isArray(payload.roles) ? payload.roles : [];
        if (!payload.sub) throw new InvalidTokenError('The token names no subject.');
        return { userId: payload.sub, roles: roles.filter((role) => claimed.includes(role)) };
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        throw new InvalidTokenError('The access token is invalid or has expired.');
      }
    },
  };
}

export type TokenVerifier = Awaited<ReturnType<typeof createTokenVerifier>>;
