import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { topics } from './fixture-taxonomy';

/** What each request of the fixture router carries: the bearer token, if any. */
export interface FixtureContext {
  accessToken: string | undefined;
}

interface FixtureUser {
  id: string;
  email: string;
  name: string;
  password: string;
  verified: boolean;
  displayName: string | null;
  interests: string[];
}

interface FixtureSession {
  userId: string;
  family: string;
  expiresAt: number;
}

// addresses at this domain sign in with an access token that lapses 31 s after it is issued: the site's cookie
// (30 s shorter) is gone after one second, so a test can see the site refresh it
export const SHORT_SESSION_DOMAIN = '@short.example';

const users = new Map<string, FixtureUser>();
const verifications = new Map<string, string>();
const accessTokens = new Map<string, FixtureSession>();
const refreshTokens = new Map<string, FixtureSession & { used: boolean }>();
const revokedFamilies = new Set<string>();

/** What the fixture users "subgraph" saw, for tests to check what the site asked of it. */
export const accountLog = { refreshes: 0, signOuts: 0 };

/**
 * The token of the newest verification "email" for an address: what the mailer would send.
 * @example const token = verificationTokenFor('ada@example.org');
 */
export function verificationTokenFor(email: string): string {
  const found = [...verifications].reverse().find(([, address]) => address === email);
  if (!found) throw new Error(`no verification was requested for ${email}`);
  return found[0];
}

/**
 * The signed-in fixture user for a request's access token; UNAUTHENTICATED for an unknown or lapsed one, as
 * the router answers.
 */
export function viewerOf(context: FixtureContext): FixtureUser | null {
  if (!context.accessToken) return null;
  const session = accessTokens.get(context.accessToken);
  if (!session || session.expiresAt <= Date.now() || revokedFamilies.has(session.family)) {
    throw new GraphQLError('The access token is invalid or has expired.', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  return users.get(session.userId) ?? null;
}

/** Like viewerOf, for fields that need a signed-in person. */
export function signedInUser(context: FixtureContext): FixtureUser {
  const user = viewerOf(context);
  if (!user) throw new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
  return user;
}

function startSession(user: FixtureUser, refreshedFamily?: string) {
  const now = Date.now();
  const family = refreshedFamily ?? randomUUID();
  // only the first session is short, so that a test sees exactly one refresh
  const short = user.email.endsWith(SHORT_SESSION_DOMAIN) && refreshedFamily === undefined;
  const accessTtl = short ? 31_000 : 15 * 60_000;
  const accessToken = `acc-${randomUUID()}`;
  const refreshToken = `lgr_${randomUUID()}`;
  accessTokens.set(accessToken, { userId: user.id, family, expiresAt: now + accessTtl });
  refreshTokens.set(refreshToken, { userId: user.id, family, expiresAt: now + 30 * 86_400_000, used: false });
  return {
    accessToken,
    accessTokenExpiresAt: new Date(now + accessTtl).toISOString(),
    refreshToken,
    refreshTokenExpiresAt: new Date(now + 30 * 86_400_000).toISOString(),
    user: userView(user),
  };
}

function userView(user: FixtureUser) {
  return { ...user, interests: user.interests.map((id) => ({ id })), roles: ['LEARNER'] };
}

const answered = <T>(record: T) => ({ success: true, record, errors: [] });
const refused = (field: string, message: string) => ({
  success: false,
  record: null,
  message: null,
  errors: [{ code: 'BAD_USER_INPUT', field, message }],
});

type Input<T> = { input: T };

/** The users subgraph's accounts, sessions and profiles, in memory, by the rules of the README. */
export const accountResolvers = {
  accountCreate: ({ input }: Input<{ email: string; password: string; name: string }>) => {
    const email = input.email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return refused('email', 'not a valid email address');
    if (input.password.length < 12) return refused('password', 'at least 12 characters');
    if (input.name.trim() === '') return refused('name', 'must not be empty');
    const existing = [...users.values()].find((user) => user.email === email);
    if (!existing?.verified) {
      const user = existing ?? { id: randomUUID(), email, verified: false, displayName: null, interests: [] };
      users.set(user.id, { ...user, name: input.name.trim(), password: input.password });
      verifications.set(`lgv_${randomUUID()}`, email);
    }
    return { success: true, message: 'Check your inbox.', errors: [] };
  },
  accountVerify: ({ input }: Input<{ token: string }>) => {
    const email = verifications.get(input.token);
    const user = [...users.values()].find((candidate) => candidate.email === email);
    if (!user) return refused('token', 'invalid or expired');
    verifications.delete(input.token);
    user.verified = true;
    return answered(startSession(user));
  },
  sessionCreate: ({ input }: Input<{ email: string; password: string }>) => {
    const user = [...users.values()].find((candidate) => candidate.email === input.email.trim().toLowerCase());
    if (!user || user.password !== input.password) {
      throw new GraphQLError('Email or password is incorrect.', { extensions: { code: 'UNAUTHENTICATED' } });
    }
    if (!user.verified) {
      throw new GraphQLError('Verify your email address first.', { extensions: { code: 'FORBIDDEN' } });
    }
    return answered(startSession(user));
  },
  sessionRefresh: ({ input }: Input<{ refreshToken: string }>) => {
    accountLog.refreshes += 1;
    const session = refreshTokens.get(input.refreshToken);
    if (session?.used) revokedFamilies.add(session.family);
    const user = session && users.get(session.userId);
    if (!session || !user || session.used || revokedFamilies.has(session.family)) {
      throw new GraphQLError('Sign in again.', { extensions: { code: 'UNAUTHENTICATED' } });
    }
    session.used = true;
    return answered(startSession(user, session.family));
  },
  sessionDelete: ({ input }: Input<{ refreshToken: string }>) => {
    accountLog.signOuts += 1;
    const session = refreshTokens.get(input.refreshToken);
    if (session) revokedFamilies.add(session.family);
    return { success: true, record: null, errors: [] };
  },
  me: (_args: unknown, context: FixtureContext) => {
    const user = viewerOf(context);
    return user ? userView(user) : null;
  },
  topics: () => Object.values(topics),
  profileUpdate: ({ input }: Input<{ displayName?: string | null; interests?: string[] }>, context: FixtureContext) => {
    const user = signedInUser(context);
    if (input.displayName && input.displayName.length > 100) return refused('displayName', 'at most 100 characters');
    if (input.displayName !== undefined) user.displayName = input.displayName;
    if (input.interests !== undefined) user.interests = input.interests;
    return answered(userView(user));
  },
};
