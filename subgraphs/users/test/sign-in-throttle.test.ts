import { Writable } from 'node:stream';
import type { GraphQLResponse } from '@learngraph/service-kit/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUsers, type UsersUnderTest } from './support/users-under-test.js';

const signIn =
  'mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { success errors { code field message } record { user { email } } } }';
const password = 'correct horse battery';

type SignInAnswer = { sessionCreate?: { errors: Array<{ code: string; field: string; message: string }> } };

/** The sign-in's input errors (BAD_USER_INPUT), which the answer carries rather than GraphQL errors. */
const inputErrors = (response: GraphQLResponse) => (response.data as SignInAnswer | null)?.sessionCreate?.errors ?? [];

/** The error code of a sign-in's answer, or OK when it signed in. */
const outcome = (response: GraphQLResponse) =>
  (response.errors?.[0]?.extensions?.code as string | undefined) ?? inputErrors(response)[0]?.code ?? 'OK';

async function createAccounts(users: UsersUnderTest, ...emails: string[]) {
  for (const email of emails) await users.createAccount(email, password, email);
}

/** Signs in `times` times in a row and lists the outcomes. */
async function signInTimes(users: UsersUnderTest, times: number, input: { email: string; password: string }) {
  const outcomes: string[] = [];
  for (let index = 0; index < times; index += 1) outcomes.push(outcome(await users.query(signIn, { input })));
  return outcomes;
}

describe('sign-in throttling per account', () => {
  let users: UsersUnderTest;
  beforeAll(async () => {
    users = await startUsers({ signInThrottle: { account: { limit: 3, windowMs: 600_000 } } });
    await createAccounts(users, 'ada@example.org', 'bob@example.org', 'cy@example.org');
  });
  afterAll(() => users.close());

  it('lets the right password in after one failure fewer than the limit, and forgets the failures then', async () => {
    const wrong = { email: 'ada@example.org', password: 'wrong horse battery' };
    expect(await signInTimes(users, 2, wrong)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(outcome(await users.query(signIn, { input: { email: 'ADA@example.org', password } }))).toBe('OK');
    expect(await signInTimes(users, 2, wrong)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(outcome(await users.query(signIn, { input: { email: 'ada@example.org', password } }))).toBe('OK');
  });

  it('refuses even the right password with RATE_LIMITED and when to retry, once the account has failed its limit', async () => {
    const wrong = { email: 'bob@example.org', password: 'wrong horse battery' };
    expect(await signInTimes(users, 3, wrong)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const { data, errors } = await users.query(signIn, { input: { email: 'Bob@Example.org', password } });
    expect(data).toBeNull();
    expect(errors?.[0]?.message).toMatch(/^Too many sign-in attempts\. Try again in \d+ seconds\.$/);
    expect(errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const retryAfterSeconds = errors?.[0]?.extensions?.retryAfterSeconds as number;
    expect(retryAfterSeconds).toBeGreaterThan(0);
    expect(retryAfterSeconds).toBeLessThanOrEqual(600);
  });

  it('treats an email without an account like any other, so that the limit does not reveal which exist', async () => {
    const unknown = { email: 'nobody@example.org', password };
    expect(await signInTimes(users, 4, unknown)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
    ]);
  });

  it("does not hold one account's failures against another account from the same address", async () => {
    expect(outcome(await users.query(signIn, { input: { email: 'bob@example.org', password } }))).toBe('RATE_LIMITED');
    expect(outcome(await users.query(signIn, { input: { email: 'cy@example.org', password } }))).toBe('OK');
  });

  it('refuses an over-long password or email as BAD_USER_INPUT before looking anything up, and does not count it', async () => {
    users.sql.length = 0;
    const huge = { email: 'cy@example.org', password: 'x'.repeat(900 * 1024) };
    const tooLong = await users.query(signIn, { input: huge });
    expect(tooLong.status).toBe(200);
    expect(inputErrors(tooLong)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'password', message: 'at most 256 characters' },
    ]);
    const longEmail = await users.query(signIn, { input: { email: `${'a'.repeat(250)}@example.org`, password } });
    expect(inputErrors(longEmail)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'email', message: 'at most 254 characters' },
    ]);
    expect(users.sql).toEqual([]);
    expect(await signInTimes(users, 3, huge)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(outcome(await users.query(signIn, { input: { email: 'cy@example.org', password } }))).toBe('OK');
  });
});

describe('sign-in throttling per client address', () => {
  let users: UsersUnderTest;
  const attemptFrom = async (address: string, email: string) =>
    outcome(await users.queryFrom(address, signIn, { input: { email, password } }));
  beforeAll(async () => {
    users = await startUsers({ signInThrottle: { address: { limit: 4, windowMs: 600_000 } } });
    await createAccounts(users, 'dee@example.org');
  });
  afterAll(() => users.close());

  it('refuses an address that has made its limit of attempts across many accounts, while other addresses go on', async () => {
    const outcomes = [];
    for (const name of ['e1', 'e2', 'e3', 'e4']) outcomes.push(await attemptFrom('203.0.113.7', `${name}@example.org`));
    expect(outcomes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const refused = await users.queryFrom('203.0.113.7', signIn, { input: { email: 'dee@example.org', password } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await attemptFrom('198.51.100.1', 'dee@example.org')).toBe('OK');
  });

  it('counts an IPv6 caller by its /64 network', async () => {
    for (const host of ['1', '2', '3', '4']) await attemptFrom(`2001:db8:0:7::${host}`, 'dee@example.org');
    expect(await attemptFrom('2001:db8:0:7:ffff::9', 'dee@example.org')).toBe('RATE_LIMITED');
    expect(await attemptFrom('2001:db8:0:8::1', 'dee@example.org')).toBe('OK');
  });

  it('keys requests that name no client address, such as direct calls, as one unknown address', async () => {
    const outcomes = [];
    for (const name of ['f1', 'f2', 'f3', 'f4', 'f5'])
      outcomes.push(outcome(await users.query(signIn, { input: { email: `${name}@example.org`, password } })));
    expect(outcomes.at(-1)).toBe('RATE_LIMITED');
    expect(await attemptFrom('192.0.2.1', 'dee@example.org')).toBe('OK');
  });
});

describe('the sign-in window', () => {
  let users: UsersUnderTest;
  beforeAll(async () => {
    users = await startUsers({ signInThrottle: { account: { limit: 2, windowMs: 1_500 } } });
    await createAccounts(users, 'gus@example.org');
  });
  afterAll(() => users.close());

  it('lets an account in again once its failures have slid out of the window', async () => {
    await signInTimes(users, 2, { email: 'gus@example.org', password: 'wrong horse battery' });
    const locked = await users.query(signIn, { input: { email: 'gus@example.org', password } });
    expect(locked.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(2);
    const deadline = Date.now() + 10_000;
    let answer = locked;
    while (outcome(answer) === 'RATE_LIMITED' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await users.query(signIn, { input: { email: 'gus@example.org', password } });
    }
    expect(outcome(answer)).toBe('OK');
  });
});

describe('sign-in with Redis unreachable', () => {
  let users: UsersUnderTest;
  const logLines: Array<{ msg: string }> = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    users = await startUsers({
      // Nothing listens on port 1 of loopback.
      redisUrl: 'redis://127.0.0.1:1',
      signInThrottle: { account: { limit: 2, windowMs: 600_000 } },
      logger: pino({ level: 'warn' }, sink),
    });
    await createAccounts(users, 'hal@example.org');
  });
  afterAll(() => users.close());

  it('still signs people in and turns wrong passwords away, unthrottled, warning once', async () => {
    const wrong = { email: 'hal@example.org', password: 'wrong horse battery' };
    expect(await signInTimes(users, 4, wrong)).toEqual(Array(4).fill('UNAUTHENTICATED'));
    expect(outcome(await users.query(signIn, { input: { email: 'hal@example.org', password } }))).toBe('OK');
    const warnings = logLines.filter((line) => line.msg.startsWith('sign-in throttle'));
    expect(warnings.map((line) => line.msg)).toEqual(['sign-in throttle: Redis unavailable; sign-in is not throttled']);
  });
});
