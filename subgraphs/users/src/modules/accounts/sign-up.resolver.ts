import { appendToOutbox, badUserInput } from '@learngraph/service-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../../context.js';
import { answer, type MutationAnswer, UserMutationError } from '../../mutation-response.js';
import { hashOpaqueToken, newOpaqueToken } from '../../opaque-token.js';
import { signUpRepeated, verificationRequested } from '../events/index.js';
import { type Session, SessionResponse } from '../sessions/index.js';
import { AccountCreateInput, AccountCreateResponse, AccountVerifyInput } from './account.type.js';
import { readAccountCreate, readToken } from './account-input.js';
import { publicColumns } from './user.repository.js';

const checkYourInbox = 'Check your inbox: we sent a link to confirm the address and finish signing up.';

/** Prisma's code for a unique index refusing a row: here, two sign-ups for one new address racing. */
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';

/**
 * Signing up in two steps, so that nobody can hold an account for an address that is not theirs: the sign-up
 * answers the same whatever the address, and the verification token, sent to the inbox (through the outbox),
 * creates the session.
 */
@Resolver()
export class SignUpResolver {
  @Mutation(() => AccountCreateResponse, {
    description: 'Signs up: always "check your inbox", whether or not the address already has an account.',
  })
  async accountCreate(
    @Arg('input', () => AccountCreateInput) input: AccountCreateInput,
    @Ctx() ctx: UsersContext,
  ): Promise<{ success: boolean; message: string | null; errors: UserMutationError[] }> {
    const result = await answer(async () => {
      const { email, name, password } = readAccountCreate(input);
      // Hashed whatever happens next, so that an existing address does not answer sooner.
      const passwordHash = await ctx.passwords.hash(password);
      try {
        await ctx.db.$transaction(async (tx) => {
          const existing = await tx.user.findUnique({
            where: { email },
            select: { id: true, version: true, emailVerifiedAt: true },
          });
          if (existing?.emailVerifiedAt) {
            await appendToOutbox(tx, [signUpRepeated(existing.id, existing.version, email)]);
            return;
          }
          const user =
            existing ??
            (await tx.user.create({ data: { email, name, passwordHash }, select: { id: true, version: true } }));
          const { token, hash } = newOpaqueToken('lgv');
          const expiresAt = new Date(Date.now() + ctx.verificationTtlSeconds * 1000);
          await tx.emailVerification.create({
            data: { tokenHash: hash, userId: user.id, name, passwordHash, expiresAt },
          });
          await appendToOutbox(tx, [verificationRequested(user.id, user.version, { email, token, expiresAt })]);
        });
      } catch (error) {
        // The other sign-up created the account and sent its link; this one answers alike.
        if (!isUniqueViolation(error)) throw error;
      }
      return checkYourInbox;
    });
    return { success: result.success, message: result.record, errors: result.errors };
  }

  @Mutation(() => SessionResponse, {
    description: 'Confirms the address with the emailed token, finishes signing up, and signs in.',
  })
  accountVerify(
    @Arg('input', () => AccountVerifyInput) input: AccountVerifyInput,
    @Ctx() ctx: UsersContext,
  ): Promise<MutationAnswer<Session>> {
    return answer(async () => {
      const tokenHash = hashOpaqueToken(readToken(input).token);
      const user = await ctx.db.$transaction(async (tx) => {
        const pending = await tx.emailVerification.findUnique({ where: { tokenHash } });
        if (!pending || pending.expiresAt <= new Date()) return null;
        // Every other pending sign-up for the address ends here: the one whose link was followed wins.
        await tx.emailVerification.deleteMany({ where: { userId: pending.userId } });
        return tx.user.update({
          where: { id: pending.userId },
          data: { emailVerifiedAt: new Date(), name: pending.name, passwordHash: pending.passwordHash },
          select: publicColumns,
        });
      });
      if (!user)
        throw badUserInput('This link is invalid or has expired.', [{ field: 'token', message: 'invalid or expired' }]);
      ctx.viewer = { userId: user.id, roles: user.roles };
      return ctx.sessions.start(user);
    });
  }
}
