import { appendToOutbox, badUserInput, notFound, type Role } from '@learngraph/service-kit';
import type { Database } from '../../db.js';
import { publicColumns, type UserRow } from '../accounts/index.js';
import { roleChanged } from '../events/index.js';

/** What to change: give `role` to the account, or take it away. */
export interface RoleChange {
  role: Role;
  granted: boolean;
}

/**
 * Grants or revokes one role, in one transaction with its `users.user.role-changed` event, so consumers hear of
 * every change exactly when it is committed. Changing nothing (granting a role held) writes nothing. Every
 * account keeps LEARNER. The new roles reach access tokens at the next refresh.
 *
 * @example
 * await changeRole(db, { id: userId }, { role: 'EDITOR', granted: true });
 * await changeRole(db, { email: 'ada@example.org' }, { role: 'ADMIN', granted: true });
 */
export function changeRole(
  db: Database,
  who: { id: string } | { email: string },
  change: RoleChange,
): Promise<UserRow> {
  const { role, granted } = change;
  if (role === 'LEARNER' && !granted)
    throw badUserInput('Every account learns: LEARNER cannot be revoked.', [
      { field: 'role', message: 'cannot revoke LEARNER' },
    ]);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: who, select: { ...publicColumns, version: true } });
    if (!user) throw notFound('No account has this id or email.');
    const { version, ...row } = user;
    if (user.roles.includes(role) === granted) return row;
    const roles = granted ? [...user.roles, role] : user.roles.filter((held) => held !== role);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { roles, version: version + 1 },
      select: publicColumns,
    });
    await appendToOutbox(tx, [roleChanged(user.id, version + 1, { role, granted, roles })]);
    return updated;
  });
}
