import type { IncomingMessage } from 'node:http';
import {
  type ByIdLoader,
  createByIdLoader,
  type TokenSigner,
  type TokenVerifier,
  type Viewer,
  viewerFromAuthorization,
} from '@learngraph/service-kit';
import type { Database } from './db.js';
import {
  clientAddressOf,
  createUserRepository,
  type SignInThrottle,
  type UserRepository,
  type UserRow,
} from './modules/accounts/index.js';

/** What every resolver receives: who is asking and from where, data access, the token signer and the throttle. */
export interface UsersContext {
  viewer: Viewer | null;
  /** The caller's address bucket as the router reported it, `unknown` when it did not. */
  clientAddress: string;
  users: UserRepository;
  signer: TokenSigner;
  signInThrottle: SignInThrottle;
  loaders: { user: ByIdLoader<UserRow> };
}

/** Builds a fresh context per request, so that loaders never cache across requests or viewers. */
export function createContextFactory(
  db: Database,
  signer: TokenSigner,
  verifier: TokenVerifier,
  signInThrottle: SignInThrottle,
) {
  const users = createUserRepository(db);
  return async (req: IncomingMessage): Promise<UsersContext> => ({
    viewer: await viewerFromAuthorization(req.headers.authorization, verifier),
    clientAddress: clientAddressOf(req),
    users,
    signer,
    signInThrottle,
    loaders: { user: createByIdLoader(users.findByIds) },
  });
}
