import { randomUUID } from 'node:crypto';
import type { Database, Prisma } from '../../db.js';
import { hashOpaqueToken, newOpaqueToken } from '../../opaque-token.js';

/** What presenting a refresh token led to. */
export type Rotation =
  | { kind: 'rotated'; userId: string; familyId: string }
  | { kind: 'reused'; userId: string }
  | { kind: 'invalid' };

type Client = Database | Prisma.TransactionClient;

/**
 * Refresh tokens, stored as SHA-256 hashes. Each sign-in starts a family; each refresh uses up the presented
 * token and issues the next one of its family. Presenting a used-up (or revoked) token again means two parties
 * hold it, one of them a thief: the whole family is revoked, so neither can go on.
 *
 * @example
 * const tokens = createRefreshTokens(db, 30 * 24 * 3600);
 * const first = await tokens.issue(userId);
 * const next = await tokens.rotate(first.token); // { kind: 'rotated', … }
 */
export function createRefreshTokens(db: Database, ttlSeconds: number) {
  const revokeFamily = (client: Client, familyId: string) =>
    client.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });

  return {
    ttlSeconds,

    /** A new token in `familyId` (a new family by default): the token, shown once, and when it expires. */
    async issue(userId: string, familyId: string = randomUUID(), client: Client = db) {
      const { token, hash } = newOpaqueToken('lgr');
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
      await client.refreshToken.create({ data: { tokenHash: hash, familyId, userId, expiresAt } });
      return { token, expiresAt, familyId };
    },

    /** Uses `token` up, atomically: the first presentation rotates, any later one revokes its family. */
    rotate(token: string): Promise<Rotation> {
      const tokenHash = hashOpaqueToken(token);
      return db.$transaction(async (tx): Promise<Rotation> => {
        const used = await tx.refreshToken.updateMany({
          where: { tokenHash, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
          data: { usedAt: new Date() },
        });
        const row = await tx.refreshToken.findUnique({
          where: { tokenHash },
          select: { userId: true, familyId: true, expiresAt: true },
        });
        if (!row) return { kind: 'invalid' };
        if (used.count === 1) return { kind: 'rotated', userId: row.userId, familyId: row.familyId };
        if (row.expiresAt <= new Date()) return { kind: 'invalid' };
        await revokeFamily(tx, row.familyId);
        return { kind: 'reused', userId: row.userId };
      });
    },

    /** Ends the session `token` belongs to (sign-out): every token of its family stops working. */
    async revokeFamilyOf(token: string): Promise<boolean> {
      const row = await db.refreshToken.findUnique({
        where: { tokenHash: hashOpaqueToken(token) },
        select: { familyId: true },
      });
      if (!row) return false;
      await revokeFamily(db, row.familyId);
      return true;
    },

    /** Ends every session of a person (a password change). */
    revokeUser: (userId: string, client: Client = db) =>
      client.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
  };
}

export type RefreshTokens = ReturnType<typeof createRefreshTokens>;
