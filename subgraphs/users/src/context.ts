import type { IncomingMessage } from 'node:http';
import {
  type ByIdLoader,
  createByIdLoader,
  type Logger,
  type TokenVerifier,
  type Viewer,
  viewerFromAuthorization,
} from '@learngraph/service-kit';
import type { Database } from './db.js';
import {
  clientAddressOf,
  createUserRepository,
  type PasswordHasher,
  type SignInThrottle,
  type UserRepository,
  type UserRow,
} from './modules/accounts/index.js';
import type { PartnerAppRepository } from './modules/partner-apps/index.js';
import type { RefreshTokens, SessionIssuer } from './modules/sessions/index.js';
import type { SigningKeyStore } from './modules/signing-keys/index.js';

/** The long-lived pieces every request shares: data access, hashing, keys, sessions, the throttle. */
export interface UsersServices {
  db: Database;
  passwords: PasswordHasher;
  signingKeys: SigningKeyStore;
  refreshTokens: RefreshTokens;
  sessions: SessionIssuer;
  signInThrottle: SignInThrottle;
  partnerApps: PartnerAppRepository;
  /** How long an emailed verification token stays usable. */
  verificationTtlSeconds: number;
  logger: Logger;
}

/** What every resolver receives: who is asking and from where, and the services. */
export interface UsersContext extends UsersServices {
  viewer: Viewer | null;
  /** The caller's address bucket as the router reported it, `unknown` when it did not. */
  clientAddress: string;
  users: UserRepository;
  loaders: { user: ByIdLoader<UserRow> };
}

/** Builds a fresh context per request, so that loaders never cache across requests or viewers. */
export function createContextFactory(services: UsersServices, verifier: TokenVerifier) {
  const users = createUserRepository(services.db);
  return async (req: IncomingMessage): Promise<UsersContext> => ({
    ...services,
    viewer: await viewerFromAuthorization(req.headers.authorization, verifier),
    clientAddress: clientAddressOf(req),
    users,
    loaders: { user: createByIdLoader(users.findByIds) },
  });
}
