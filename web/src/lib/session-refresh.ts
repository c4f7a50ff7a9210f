import { SessionRefreshDocument } from '@/gql/graphql';
import { requestRouter } from './execute-graphql';
import { fail, type Result } from './result';
import type { SessionTokens } from './session-cookies';

// A refresh token works once, and presenting it twice revokes the whole session family. A page and the requests
// it triggers (prefetches, a form posted in another tab) can arrive together with the same lapsed cookie, so each
// token is exchanged once and its answer shared by every request that comes with it for a minute.
const SHARE_MS = 60_000;
// a bound on what bogus cookies can make this hold: older answers are dropped first
const MAX_SHARED = 10_000;

const shared = new Map<string, { at: number; answer: Promise<Result<SessionTokens>> }>();

/**
 * Exchanges a refresh token for the next session, once per token in this process (see above). A token the users
 * subgraph no longer accepts is `unauthenticated`.
 * @example const result = await refreshSession(request.cookies.get(REFRESH_COOKIE).value);
 */
export function refreshSession(refreshToken: string): Promise<Result<SessionTokens>> {
  const now = Date.now();
  for (const [token, entry] of shared) {
    if (now - entry.at < SHARE_MS && shared.size < MAX_SHARED) break;
    shared.delete(token);
  }
  const known = shared.get(refreshToken);
  if (known) return known.answer;
  const answer = exchange(refreshToken);
  shared.set(refreshToken, { at: now, answer });
  return answer;
}

async function exchange(refreshToken: string): Promise<Result<SessionTokens>> {
  const result = await requestRouter(SessionRefreshDocument, { input: { refreshToken } });
  if (!result.ok) {
    // an unreachable router may answer the next time: let a later request try the same token again
    if (result.error.kind !== 'unauthenticated') shared.delete(refreshToken);
    return result;
  }
  const session = result.data.sessionRefresh.record;
  return session ? { ok: true, data: session } : fail('unauthenticated');
}
