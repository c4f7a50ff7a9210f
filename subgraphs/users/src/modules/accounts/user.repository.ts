import type { Database } from '../../db.js';
import type { Role } from '../../generated/prisma/enums.js';

export const publicColumns = {
  id: true,
  name: true,
  email: true,
  roles: true,
  createdAt: true,
  displayName: true,
  avatarUrl: true,
  interests: true,
  preferredLanguages: true,
  learningGoals: true,
} as const;

export interface UserRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  createdAt: Date;
  displayName: string | null;
  avatarUrl: string | null;
  /** Catalog topic ids. */
  interests: string[];
  preferredLanguages: string[];
  learningGoals: string[];
}

/** Reads accounts; each method is one SQL statement. Writes that emit events live with their resolvers. */
export function createUserRepository(db: Database) {
  return {
    findByIds(ids: readonly string[]): Promise<UserRow[]> {
      return db.user.findMany({ where: { id: { in: [...ids] } }, select: publicColumns });
    },

    findCredentials(email: string) {
      return db.user.findUnique({
        where: { email },
        select: { ...publicColumns, passwordHash: true, emailVerifiedAt: true },
      });
    },

    findCredentialsById(id: string) {
      return db.user.findUnique({ where: { id }, select: { ...publicColumns, passwordHash: true, version: true } });
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
