import { badUserInput, notFound } from '@learngraph/service-kit';
import type { Database, Prisma } from '../../db.js';
import type { SearchRequest } from '../search/index.js';
import type { SavedSearch } from './saved-search.type.js';
import { savedSearchFilterOf } from './saved-search-filter.type.js';

/** How many searches one user may keep, and how long a name may be. */
export const savedSearchLimits = { perUser: 100, nameMax: 100 };

interface Row {
  id: string;
  name: string;
  request: Prisma.JsonValue;
  createdAt: Date;
  lastSeenAt: Date;
}

const toSavedSearch = (row: Row): SavedSearch => {
  const request = row.request as unknown as SearchRequest;
  return {
    ...row,
    request,
    query: request.text,
    filter: savedSearchFilterOf(request.filter),
    sort: request.sort,
    mode: request.mode,
  };
};

const missing = () => notFound('No saved search of yours has this id.');

/**
 * A user's saved searches in the search database. Every call names the owner: another user's search
 * answers exactly as one that does not exist.
 *
 * @example
 * const store = createSavedSearchStore(db);
 * await store.create(userId, 'Quantum courses', request);
 */
export function createSavedSearchStore(db: Database) {
  return {
    async list(userId: string): Promise<SavedSearch[]> {
      const rows = await db.savedSearch.findMany({
        where: { userId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      return rows.map(toSavedSearch);
    },
    async create(userId: string, name: string, request: SearchRequest): Promise<SavedSearch> {
      const trimmed = name.trim();
      if (trimmed.length === 0 || trimmed.length > savedSearchLimits.nameMax) {
        const message = `must be 1 to ${savedSearchLimits.nameMax} characters`;
        throw badUserInput(`name ${message}.`, [{ field: 'name', message }]);
      }
      return db.$transaction(async (tx) => {
        // Serialises one user's creations, so that the limit holds under concurrent requests.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}))`;
        if ((await tx.savedSearch.count({ where: { userId } })) >= savedSearchLimits.perUser) {
          const message = `at most ${savedSearchLimits.perUser} saved searches a user; delete one first`;
          throw badUserInput(message, [{ field: 'name', message }]);
        }
        const row = await tx.savedSearch.create({
          data: { userId, name: trimmed, request: request as unknown as Prisma.InputJsonValue },
        });
        return toSavedSearch(row);
      });
    },
    async remove(userId: string, id: string): Promise<SavedSearch> {
      const row = await db.savedSearch.findFirst({ where: { id, userId } });
      if (!row) throw missing();
      await db.savedSearch.delete({ where: { id } });
      return toSavedSearch(row);
    },
    async markSeen(userId: string, id: string): Promise<SavedSearch> {
      const { count } = await db.savedSearch.updateMany({ where: { id, userId }, data: { lastSeenAt: new Date() } });
      if (count === 0) throw missing();
      return toSavedSearch(await db.savedSearch.findUniqueOrThrow({ where: { id } }));
    },
  };
}

export type SavedSearchStore = ReturnType<typeof createSavedSearchStore>;
