import { appendToOutbox, badUserInput, forbidden, requireViewer, unauthenticated } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../../context.js';
import { rateLimited } from '../../errors.js';
import { Role } from '../../generated/prisma/enums.js';
import { answer, type MutationAnswer } from '../../mutation-response.js';
import { userDeleted } from '../events/index.js';
import { type Session, SessionCreateInput, SessionResponse } from '../sessions/index.js';
import { AccountDeleteInput, AccountResponse, PasswordChangeInput } from './account.type.js';
import { readAccountDelete, readPasswordChange, readSessionCreate } from './account-input.js';
import { publicColumns, type UserRow } from './user.repository.js';
import { User } from './user.type.js';

const wrongCurrentPassword = () =>
  badUserInput('The current password is not right.', [{ field: 'currentPassword', message: 'is not your password' }]);

/** Whether the viewer may see `user`'s private fields: it is them, or an administrator. */
const mayReadPrivate = (ctx: UsersContext, user: UserRow) =>
  ctx.viewer?.userId === user.id || (ctx.viewer?.roles.includes('ADMIN') ?? false);

/** Signing in, changing the password and deleting the account, for the person who holds it. */
@Resolver(() => User)
export class AccountResolver {
  @Mutation(() => SessionResponse, { description: 'Signs in with an email and password: a new session.' })
  sessionCreate(
    @Arg('input', () => SessionCreateInput) input: SessionCreateInput,
    @Ctx() ctx: UsersContext,
  ): Promise<MutationAnswer<Session>> {
    return answer(async () => {
      const fields = readSessionCreate(input);
      // Before the lookup, for every email alike, so that neither the answer nor its timing tells whether an
      // account exists; past that, unknown emails pay for a decoy verification.
      const attempt = await ctx.signInThrottle.admit(fields.email, ctx.clientAddress);
      if (!attempt.admitted) throw rateLimited('Too many sign-in attempts.', attempt.retryAfterSeconds);
      const account = await ctx.users.findCredentials(fields.email);
      const valid = await ctx.passwords.verify(account?.passwordHash ?? null, fields.password);
      if (!account || !valid) throw unauthenticated('Email or password is incorrect.');
      await attempt.succeeded();
      if (!account.emailVerifiedAt)
        throw forbidden('Verify your email address first: follow the link sent when you signed up.');
      const { passwordHash: _hash, emailVerifiedAt: _verified, ...user } = account;
      ctx.viewer = { userId: user.id, roles: user.roles };
      return ctx.sessions.start(user);
    });
  }

  @Directive('@authenticated')
  @Mutation(() => SessionResponse, {
    description: 'Changes your password; every other session ends, and this answer is a new one.',
  })
  passwordChange(
    @Arg('input', () => PasswordChangeInput) input: PasswordChangeInput,
    @Ctx() ctx: UsersContext,
  ): Promise<MutationAnswer<Session>> {
    const viewer = requireViewer(ctx.viewer);
    return answer(async () => {
      const fields = readPasswordChange(input);
      const account = await ctx.users.findCredentialsById(viewer.userId);
      if (!account) throw unauthenticated('This account no longer exists.');
      if (!(await ctx.passwords.verify(account.passwordHash, fields.currentPassword))) throw wrongCurrentPassword();
      const passwordHash = await ctx.passwords.hash(fields.newPassword);
      await ctx.db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: account.id }, data: { passwordHash } });
        await ctx.refreshTokens.revokeUser(account.id, tx);
      });
      const { passwordHash: _hash, version: _version, ...user } = account;
      return ctx.sessions.start(user);
    });
  }

  @Directive('@authenticated')
  @Mutation(() => AccountResponse, {
    description: 'Deletes your account and ends its sessions; the other services erase what they hold of you.',
  })
  accountDelete(
    @Arg('input', () => AccountDeleteInput) input: AccountDeleteInput,
    @Ctx() ctx: UsersContext,
  ): Promise<MutationAnswer<UserRow>> {
    const viewer = requireViewer(ctx.viewer);
    return answer(async () => {
      const fields = readAccountDelete(input);
      const account = await ctx.users.findCredentialsById(viewer.userId);
      if (!account) throw unauthenticated('This account no longer exists.');
      if (!(await ctx.passwords.verify(account.passwordHash, fields.password)))
        throw badUserInput('The password is not right.', [{ field: 'password', message: 'is not your password' }]);
      return ctx.db.$transaction(async (tx) => {
        const deleted = await tx.user.delete({
          where: { id: account.id },
          select: { ...publicColumns, version: true },
        });
        await appendToOutbox(tx, [userDeleted(deleted.id, deleted.version + 1)]);
        const { version: _version, ...user } = deleted;
        return user;
      });
    });
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null for anonymous requests.' })
  me(@Ctx() ctx: UsersContext): Promise<UserRow | null> | null {
    return ctx.viewer ? ctx.loaders.user.load(ctx.viewer.userId) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() user: UserRow, @Ctx() ctx: UsersContext): string | null {
    return mayReadPrivate(ctx, user) ? user.email : null;
  }

  @FieldResolver(() => [Role], { nullable: true })
  roles(@Root() user: UserRow, @Ctx() ctx: UsersContext): UserRow['roles'] | null {
    return mayReadPrivate(ctx, user) ? user.roles : null;
  }
}
