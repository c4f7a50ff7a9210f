import { GraphQLError } from 'graphql';
import { ErrorCode, unauthenticated } from '../errors.js';
import { InvalidTokenError, TokenKeysUnavailableError, type TokenVerifier, type Viewer } from './token.js';

/**
 * Raised while building the context, before any resolver runs, so the whole request fails: HTTP 401
 * (Apollo reads `extensions.http` and removes it from the response) rather than Apollo's default 500.
 */
const invalidCredentials = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });

/** The key set did not answer: nothing is wrong with the token, so the client may retry. */
const keysUnavailable = () =>
  new GraphQLError('Access tokens cannot be checked right now; try again shortly.', {
    extensions: { code: ErrorCode.AuthUnavailable, http: { status: 503 } },
  });

/**
 * The viewer named by an `Authorization: Bearer <token>` header, or null for an anonymous request.
 * A header that is present but not a valid token is an error rather than anonymity, so that a client
 * with an expired token learns it instead of silently seeing less.
 */
export async function viewerFromAuthorization(
  header: string | undefined,
  verifier: TokenVerifier,
): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw invalidCredentials('The Authorization header must be "Bearer <token>".');
  try {
    return await verifier.verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw invalidCredentials(error.message);
    if (error instanceof TokenKeysUnavailableError) throw keysUnavailable();
    throw error;
  }
}

/** The viewer, or an UNAUTHENTICATED error when the request is anonymous. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}
