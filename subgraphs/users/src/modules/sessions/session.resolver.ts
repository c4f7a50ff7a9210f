import { unauthenticated } from '@learngraph/service-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../../context.js';
import { answer, type MutationAnswer } from '../../mutation-response.js';
import { readRefreshToken } from '../accounts/index.js';
import { type Session, SessionDeleteInput, SessionRefreshInput, SessionResponse } from './session.type.js';

const signInAgain = () =>
  unauthenticated('The refresh token is invalid, has expired or was already used; sign in again.');

/** Continuing and ending sessions with their refresh tokens. */
@Resolver()
export class SessionResolver {
  @Mutation(() => SessionResponse, {
    description:
      'Exchanges a refresh token for a new session (with the current roles); the token is used up. Using it twice ends the session everywhere.',
  })
  sessionRefresh(
    @Arg('input', () => SessionRefreshInput) input: SessionRefreshInput,
    @Ctx() ctx: UsersContext,
  ): Promise<MutationAnswer<Session>> {
    return answer(async () => {
      const rotation = await ctx.refreshTokens.rotate(readRefreshToken(input).refreshToken);
      if (rotation.kind === 'reused')
        ctx.logger.warn({ userId: rotation.userId }, 'a refresh token was reused; its session is revoked');
      if (rotation.kind !== 'rotated') throw signInAgain();
      const [user] = await ctx.users.findByIds([rotation.userId]);
      if (!user) throw signInAgain();
      ctx.viewer = { userId: user.id, roles: user.roles };
      return ctx.sessions.start(user, rotation.familyId);
    });
  }

  @Mutation(() => SessionResponse, {
    description: 'Signs out: the session of this refresh token ends (its access token lapses within minutes).',
  })
  sessionDelete(
    @Arg('input', () => SessionDeleteInput) input: SessionDeleteInput,
    @Ctx() ctx: UsersContext,
  ): Promise<MutationAnswer<Session>> {
    return answer(async (): Promise<Session | null> => {
      // Whether or not the token named a session, it names none now: signing out twice is no error.
      await ctx.refreshTokens.revokeFamilyOf(readRefreshToken(input).refreshToken);
      return null;
    });
  }
}
