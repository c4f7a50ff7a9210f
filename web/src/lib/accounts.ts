import {
  AccountCreateDocument,
  AccountVerifyDocument,
  ProfileUpdateDocument,
  SessionCreateDocument,
  SessionDeleteDocument,
  ViewerDocument,
  type ViewerQuery,
} from '@/gql/graphql';
import { type Change, settle } from './change';
import { executeGraphQL } from './execute-graphql';
import type { Result } from './result';
import type { SessionTokens } from './session-cookies';

export type Viewer = NonNullable<ViewerQuery['me']>;
export type TopicTree = ViewerQuery['topics'];

/**
 * Signs up; the users subgraph then writes a verification token for the mailer into its outbox.
 * @example await signUp({ email: 'ada@example.org', password: 'correct horse battery', name: 'Ada' });
 */
export async function signUp(input: { email: string; password: string; name: string }): Promise<Change<true>> {
  const result = await executeGraphQL(AccountCreateDocument, { input });
  return settle(
    result,
    (data) => data.accountCreate,
    () => true as const,
  );
}

/**
 * Confirms an address with the token from the email, which starts the first session.
 * @example const change = await verifyAccount(token);
 */
export async function verifyAccount(token: string): Promise<Change<SessionTokens>> {
  const result = await executeGraphQL(AccountVerifyDocument, { input: { token } });
  return settle(
    result,
    (data) => data.accountVerify,
    (answer) => answer.record,
  );
}

/**
 * Signs in with an email and password.
 * @example const change = await signIn({ email, password });
 */
export async function signIn(input: { email: string; password: string }): Promise<Change<SessionTokens>> {
  const result = await executeGraphQL(SessionCreateDocument, { input });
  return settle(
    result,
    (data) => data.sessionCreate,
    (answer) => answer.record,
  );
}

/**
 * Ends the session of a refresh token in the users subgraph (the browser's cookies are cleared by the caller).
 * @example await signOut(refreshToken);
 */
export async function signOut(refreshToken: string): Promise<void> {
  await executeGraphQL(SessionDeleteDocument, { input: { refreshToken } });
}

/**
 * The signed-in person and the topic tree to choose interests from; `me` is null when the token has lapsed.
 * @example const result = await getViewer(accessToken);
 */
export async function getViewer(accessToken: string): Promise<Result<{ me: Viewer | null; topics: TopicTree }>> {
  return executeGraphQL(ViewerDocument, {}, { accessToken });
}

/**
 * Changes the signed-in person's display name (empty clears it) and interests.
 * @example await updateProfile(accessToken, { displayName: 'Ada', interests: ['t1'] });
 */
export async function updateProfile(
  accessToken: string,
  input: { displayName: string | null; interests: string[] },
): Promise<Change<true>> {
  const result = await executeGraphQL(ProfileUpdateDocument, { input }, { accessToken });
  return settle(
    result,
    (data) => data.profileUpdate,
    () => true as const,
  );
}
