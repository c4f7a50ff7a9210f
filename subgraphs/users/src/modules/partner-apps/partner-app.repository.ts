import type { Database } from '../../db.js';
import type { RateTier } from '../../generated/prisma/enums.js';

const keyColumns = {
  id: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;
const appColumns = {
  id: true,
  name: true,
  contactEmail: true,
  allowedOrigins: true,
  scopes: true,
  rateTier: true,
  apiKeys: { select: keyColumns, orderBy: { createdAt: 'asc' } },
} as const;

/** What a resolved key stands for: the app, what it may read and at what rate. */
export interface ResolvedApiKey {
  appId: string;
  name: string;
  scopes: string[];
  rateTier: RateTier;
  allowedOrigins: string[];
}

/** How stale `lastUsedAt` may be: it is a hint for people, not worth a write on every resolution. */
const lastUsedResolutionMs = 60_000;

/** Partner apps and their keys, read and written for administrators and for the router's key resolution. */
export function createPartnerAppRepository(db: Database) {
  return {
    list: () => db.partnerApp.findMany({ select: appColumns, orderBy: { createdAt: 'asc' } }),

    find: (id: string) => db.partnerApp.findUnique({ where: { id }, select: appColumns }),

    create: (data: {
      name: string;
      contactEmail: string;
      allowedOrigins: string[];
      scopes: string[];
      rateTier: RateTier;
    }) => db.partnerApp.create({ data, select: appColumns }),

    async update(
      id: string,
      data: Partial<{
        name: string;
        contactEmail: string;
        allowedOrigins: string[];
        scopes: string[];
        rateTier: RateTier;
      }>,
    ) {
      const { count } = await db.partnerApp.updateMany({ where: { id }, data });
      return count === 0 ? null : db.partnerApp.findUnique({ where: { id }, select: appColumns });
    },

    addKey: (appId: string, prefix: string, secretHash: string, expiresAt: Date | null) =>
      db.apiKey.create({ data: { appId, prefix, secretHash, expiresAt }, select: keyColumns }),

    async revokeKey(id: string) {
      await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
      return db.apiKey.findUnique({ where: { id }, select: keyColumns });
    },

    /** The live (unrevoked, unexpired) key with `prefix`, with its hash to compare, its app, and its last use. */
    findLiveKey: (prefix: string) =>
      db.apiKey.findFirst({
        where: { prefix, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
        select: {
          id: true,
          secretHash: true,
          lastUsedAt: true,
          app: { select: { id: true, name: true, scopes: true, rateTier: true, allowedOrigins: true } },
        },
      }),

    /** Records a use, at most once a minute per key. */
    async touch(id: string, lastUsedAt: Date | null) {
      if (lastUsedAt && Date.now() - lastUsedAt.getTime() < lastUsedResolutionMs) return;
      await db.apiKey.update({ where: { id }, data: { lastUsedAt: new Date() } });
    },
  };
}

export type PartnerAppRepository = ReturnType<typeof createPartnerAppRepository>;
