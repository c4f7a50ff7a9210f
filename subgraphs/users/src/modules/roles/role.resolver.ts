import { badUserInput, requireUuid } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { requireAdmin } from '../../admin-access.js';
import type { UsersContext } from '../../context.js';
import { answer, type MutationAnswer } from '../../mutation-response.js';
import { AccountResponse, type UserRow } from '../accounts/index.js';
import { changeRole, type RoleChange } from './change-role.js';
import { UserRoleInput } from './role.type.js';

async function change(ctx: UsersContext, input: UserRoleInput, granted: boolean): Promise<MutationAnswer<UserRow>> {
  const viewer = await requireAdmin(ctx, 'Only administrators can change roles.');
  return answer(async () => {
    const userId = requireUuid(input.userId, 'userId');
    // An administrator cannot drop their own ADMIN role: the installation must keep one.
    if (!granted && input.role === 'ADMIN' && userId === viewer.userId)
      throw badUserInput('You cannot revoke your own ADMIN role.', [{ field: 'role', message: 'your own ADMIN role' }]);
    const roleChange: RoleChange = { role: input.role, granted };
    return changeRole(ctx.db, { id: userId }, roleChange);
  });
}

/** Granting and revoking roles, for administrators. */
@Resolver()
export class RoleResolver {
  @Directive('@requiresScopes(scopes: [["role:admin"]])')
  @Mutation(() => AccountResponse, {
    description: 'Gives a person a role (administrators only); their tokens carry it from their next refresh.',
  })
  userRoleGrant(@Arg('input', () => UserRoleInput) input: UserRoleInput, @Ctx() ctx: UsersContext) {
    return change(ctx, input, true);
  }

  @Directive('@requiresScopes(scopes: [["role:admin"]])')
  @Mutation(() => AccountResponse, {
    description: 'Takes a role from a person (administrators only); effective from their next refresh.',
  })
  userRoleRevoke(@Arg('input', () => UserRoleInput) input: UserRoleInput, @Ctx() ctx: UsersContext) {
    return change(ctx, input, false);
  }
}
