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
import { createUserRepository, type UserRepository, type UserRow } from './modules/accounts/index.js';

/** What every resolver receives: who is asking, data access, and the token signer. */
export interface UsersContext {
  viewer: Viewer | null;
  users: UserRepository;
  signer: TokenSigner;
  loaders: { user: ByIdLoader<UserRow> };
}

/** Builds a fresh context per request, so that loaders never cache across requests or viewers. */
export function createContextFactory(db: Database, signer: TokenSigner, verifier: TokenVerifier) {
  const users = createUserRepository(db);
  return async (req: IncomingMessage): Promise<UsersContext> => ({
    viewer: await viewerFromAuthorization(req.headers.authorization, verifier),
    users,
    signer,
    loaders: { user: createByIdLoader(users.findByIds) },
  });
}
