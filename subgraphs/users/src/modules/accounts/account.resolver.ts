import { badUserInput, unauthenticated } from '@learngraph/service-kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../../context.js';
import { rateLimited } from '../../errors.js';
import { readSignIn, readSignUp } from './account-input.js';
import { hashPassword, verifyPassword } from './password.js';
import { EmailTakenError, type UserRow } from './user.repository.js';
import { AuthPayload, SignInInput, SignUpInput, User } from './user.type.js';

/**
 * Signs a token for `user`, who has just proved who they are: from here on this request acts as them,
 * so the payload may show their own email.
 */
async function startSession(ctx: UsersContext, user: UserRow): Promise<AuthPayload> {
  ctx.viewer = { userId: user.id, roles: user.roles };
  const token = await ctx.signer.sign(ctx.viewer);
  return { token, expiresAt: new Date(Date.now() + ctx.signer.ttlSeconds * 1000), user };
}

@Resolver(() => User)
export class AccountResolver {
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs the new user in.' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: UsersContext): Promise<AuthPayload> {
    const fields = readSignUp(input);
    try {
      const user = await ctx.users.create({
        email: fields.email,
        name: fields.name,
        passwordHash: await hashPassword(fields.password),
      });
      return startSession(ctx, user);
    } catch (error) {
      if (!(error instanceof EmailTakenError)) throw error;
      const message = 'An account with this email already exists.';
      throw badUserInput(message, [{ field: 'email', message }]);
    }
  }

  @Mutation(() => AuthPayload, { description: 'Exchanges an email and password for an access token.' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: UsersContext): Promise<AuthPayload> {
    const fields = readSignIn(input);
    // Before the lookup, for every email alike, so that neither the answer nor its timing tells whether an
    // account exists; past that, unknown emails pay for a decoy verification.
    const attempt = await ctx.signInThrottle.admit(fields.email, ctx.clientAddress);
    if (!attempt.admitted) throw rateLimited('Too many sign-in attempts.', attempt.retryAfterSeconds);
    const account = await ctx.users.findCredentials(fields.email);
    const valid = await verifyPassword(account?.passwordHash ?? null, fields.password);
    if (!account || !valid) throw unauthenticated('Email or password is incorrect.');
    await attempt.succeeded();
    const { passwordHash: _hash, ...user } = account;
    return startSession(ctx, user);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null for anonymous requests.' })
  me(@Ctx() ctx: UsersContext): Promise<UserRow | null> | null {
    return ctx.viewer ? ctx.loaders.user.load(ctx.viewer.userId) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() user: UserRow, @Ctx() ctx: UsersContext): string | null {
    const isSelf = ctx.viewer?.userId === user.id;
    const isAdmin = ctx.viewer?.roles.includes('ADMIN') ?? false;
    return isSelf || isAdmin ? user.email : null;
  }
}
