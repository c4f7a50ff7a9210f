import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { publicJwkOf, type TokenKeys, TokenKeysUnavailableError } from '@learngraph/service-kit';
import { createLocalJWKSet, type JWK } from 'jose';
import type { Database, Prisma } from '../../db.js';
import type { KeyCipher } from './key-cipher.js';

export interface SigningKeyStoreOptions {
  db: Database;
  cipher: KeyCipher;
  /** Access token lifetime: a retired key stays published this long (and a minute more), while its tokens live. */
  accessTokenTtlSeconds: number;
}

/** The signing key's public half as stored, and when it started and stopped signing. */
export interface SigningKeyRow {
  kid: string;
  createdAt: Date;
  retiredAt: Date | null;
}

/** How long the published set is reused before the database is asked again, and at most how often on a miss. */
const refreshMs = 5_000;
const missRefreshMs = 250;

const pkcs8 = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'pem' }).toString();

/**
 * The token-signing keys in the users database: the newest unretired key signs; every key that signed a token
 * still valid is published (`published()`, served as the JWKS). Private keys are stored sealed by `cipher` and
 * only opened in memory to sign; they are never logged or returned.
 *
 * @example
 * const keys = createSigningKeyStore({ db, cipher: keyCipher(secret), accessTokenTtlSeconds: 900 });
 * await keys.ensureKey();
 * const token = await signAccessToken((await keys.current()).privateKey, viewer, 900);
 */
export function createSigningKeyStore(options: SigningKeyStoreOptions) {
  const { db, cipher, accessTokenTtlSeconds } = options;
  const opened = new Map<string, KeyObject>();
  let cached: { at: number; keys: TokenKeys; kids: Set<string> } | null = null;

  const insert = async (tx: Prisma.TransactionClient | Database, key: KeyObject): Promise<SigningKeyRow> => {
    const publicJwk = await publicJwkOf(key);
    return tx.signingKey.create({
      data: {
        kid: publicJwk.kid ?? '',
        publicJwk: publicJwk as Prisma.InputJsonValue,
        privateKeyEncrypted: cipher.seal(pkcs8(key)),
      },
      select: { kid: true, createdAt: true, retiredAt: true },
    });
  };

  const published = async (): Promise<JWK[]> => {
    const since = new Date(Date.now() - (accessTokenTtlSeconds + 60) * 1000);
    const rows = await db.signingKey.findMany({
      where: { OR: [{ retiredAt: null }, { retiredAt: { gt: since } }] },
      orderBy: { createdAt: 'desc' },
      select: { publicJwk: true },
    });
    return rows.map((row) => row.publicJwk as JWK);
  };

  const localSet = async (kid: string | undefined) => {
    const now = Date.now();
    const stale = !cached || now - cached.at > refreshMs;
    const missing = cached && kid !== undefined && !cached.kids.has(kid) && now - cached.at > missRefreshMs;
    if (stale || missing) {
      const keys = await published().catch((error: unknown) => {
        // While the database is away the keys read last still verify, so signed-in callers get the coded
        // outage of whatever they asked for instead of being told their token is invalid.
        if (cached) return null;
        throw new TokenKeysUnavailableError(
          `The signing keys could not be read (${error instanceof Error ? error.name : 'unknown error'}).`,
        );
      });
      if (keys) {
        cached = { at: now, keys: createLocalJWKSet({ keys }), kids: new Set(keys.map((key) => key.kid ?? '')) };
      }
    }
    return (cached as NonNullable<typeof cached>).keys;
  };

  return {
    /**
     * Makes sure a key signs: the operator's `initialPrivateKey` or a fresh one, when none does yet. The published
     * keys are then read once, so that tokens verify from the start even if the database goes away.
     */
    async ensureKey(initialPrivateKey?: string): Promise<void> {
      if ((await db.signingKey.count({ where: { retiredAt: null } })) === 0) {
        const key = initialPrivateKey ? createPrivateKey(initialPrivateKey) : generateKeyPairSync('ed25519').privateKey;
        const { kid } = await publicJwkOf(key);
        if (!(await db.signingKey.findUnique({ where: { kid: kid ?? '' }, select: { kid: true } }))) {
          await insert(db, key);
        }
      }
      await localSet(undefined);
    },

    /** The key that signs now: the newest unretired one. */
    async current(): Promise<{ kid: string; privateKey: KeyObject }> {
      const row = await db.signingKey.findFirst({
        where: { retiredAt: null },
        orderBy: { createdAt: 'desc' },
        select: { kid: true, privateKeyEncrypted: true },
      });
      if (!row) throw new Error('no signing key: the users subgraph starts with ensureKey()');
      let privateKey = opened.get(row.kid);
      if (!privateKey) {
        privateKey = createPrivateKey(cipher.open(row.privateKeyEncrypted));
        opened.set(row.kid, privateKey);
      }
      return { kid: row.kid, privateKey };
    },

    /** A fresh key signs from now on; the previous ones stay published until their tokens have expired. */
    rotate(): Promise<SigningKeyRow> {
      return db.$transaction(async (tx) => {
        await tx.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
        return insert(tx, generateKeyPairSync('ed25519').privateKey);
      });
    },

    /** The public keys of every key whose tokens may still be valid, newest first: the JWKS. */
    published,

    /** Verifies this subgraph's own tokens against the published keys, without a round trip over HTTP. */
    keys: (async (header, token) => (await localSet(header?.kid))(header, token)) as TokenKeys,
  };
}

export type SigningKeyStore = ReturnType<typeof createSigningKeyStore>;
