import type { Database } from '../../db.js';
import type { Role } from '../../generated/prisma/enums.js';

const publicColumns = { id: true, name: true, email: true, roles: true, createdAt: true } as const;

export interface UserRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  createdAt: Date;
}

/** Thrown when an email already belongs to an account. */
export class EmailTakenError extends Error {
  override name = 'EmailTakenError';
}

/** Reads and writes accounts; each method is one SQL statement. */
export function createUserRepository(db: Database) {
  return {
    findByIds(ids: readonly string[]): Promise<UserRow[]> {
      return db.user.findMany({ where: { id: { in: [...ids] } }, select: publicColumns });
    },

    findCredentials(email: string) {
      return db.user.findUnique({ where: { email }, select: { ...publicColumns, passwordHash: true } });
    },

    async create(data: { email: string; name: string; passwordHash: string }): Promise<UserRow> {
      try {
        return await db.user.create({ data, select: publicColumns });
      } catch (error) {
        // P2002: the unique index on email refused the row, also when two sign-ups race.
        if ((error as { code?: string }).code === 'P2002') throw new EmailTakenError(data.email);
        throw error;
      }
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
