import { type Role, signAccessToken } from '@learngraph/service-kit';
import type { SigningKeyStore } from '../signing-keys/key-store.js';
import type { RefreshTokens } from './refresh-tokens.js';

/** Who a session is for, with the roles its access token carries. */
export interface SessionUser {
  id: string;
  roles: Role[];
}

/**
 * Starts sessions and continues them: an access token signed with the current key (user id and roles, read
 * afresh each time, so a role change shows at the next refresh) and a refresh token of the session's family.
 *
 * @example
 * const session = await issuer.start(user);            // sign-in: a new family
 * const next = await issuer.start(user, familyId);     // refresh: the same family
 */
export function createSessionIssuer(options: {
  keys: SigningKeyStore;
  refreshTokens: RefreshTokens;
  accessTokenTtlSeconds: number;
}) {
  const { keys, refreshTokens, accessTokenTtlSeconds } = options;
  return {
    accessTokenTtlSeconds,
    async start<User extends SessionUser>(user: User, familyId?: string) {
      const { privateKey } = await keys.current();
      const accessToken = await signAccessToken(
        privateKey,
        { userId: user.id, roles: user.roles },
        accessTokenTtlSeconds,
      );
      const refresh = await refreshTokens.issue(user.id, familyId);
      return {
        accessToken,
        accessTokenExpiresAt: new Date(Date.now() + accessTokenTtlSeconds * 1000),
        refreshToken: refresh.token,
        refreshTokenExpiresAt: refresh.expiresAt,
        user,
      };
    },
  };
}

export type SessionIssuer = ReturnType<typeof createSessionIssuer>;
