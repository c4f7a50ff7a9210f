import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFields, startUsers, type TestSession, type UsersUnderTest } from './support/users-under-test.js';

const sessionRefresh = `mutation ($input: SessionRefreshInput!) { sessionRefresh(input: $input) { success record { ${sessionFields} } } }`;
const sessionDelete = 'mutation ($input: SessionDeleteInput!) { sessionDelete(input: $input) { success } }';
const signingKeyRotate = 'mutation { signingKeyRotate { success record { kid } } }';

type Refreshed = { sessionRefresh: { success: boolean; record: TestSession | null } };
const kidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).kid;

describe('sessions and refresh tokens', () => {
  let users: UsersUnderTest;
  beforeAll(async () => {
    users = await startUsers();
  });
  afterAll(() => users.close());

  it('stores refresh tokens hashed and rotates them: each works once', async () => {
    const session = await users.createAccount('grace@example.org');
    expect(await users.db.refreshToken.count({ where: { tokenHash: session.refreshToken } })).toBe(0);
    const { data } = await users.query<Refreshed>(sessionRefresh, { input: { refreshToken: session.refreshToken } });
    const next = data?.sessionRefresh.record;
    expect(next?.refreshToken).toMatch(/^lgr_/);
    expect(next?.refreshToken).not.toBe(session.refreshToken);
    const me = await users.query<{ me: { id: string } }>('{ me { id } }', {}, next?.accessToken);
    expect(me.data?.me.id).toBe(session.user.id);
  });

  it('revokes the whole family when a used refresh token comes back', async () => {
    const session = await users.createAccount('mallory-victim@example.org');
    const first = await users.query<Refreshed>(sessionRefresh, { input: { refreshToken: session.refreshToken } });
    const stolenReplay = await users.query(sessionRefresh, { input: { refreshToken: session.refreshToken } });
    expect(stolenReplay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The legitimate holder's newer token is revoked with the family.
    const legit = await users.query(sessionRefresh, {
      input: { refreshToken: first.data?.sessionRefresh.record?.refreshToken },
    });
    expect(legit.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out: the refresh token stops working, and signing out again is no error', async () => {
    const session = await users.createAccount('linus@example.org');
    for (let time = 0; time < 2; time += 1) {
      const { data } = await users.query<{ sessionDelete: { success: boolean } }>(sessionDelete, {
        input: { refreshToken: session.refreshToken },
      });
      expect(data?.sessionDelete.success).toBe(true);
    }
    const refresh = await users.query(sessionRefresh, { input: { refreshToken: session.refreshToken } });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses unknown and oversized refresh tokens without a lookup', async () => {
    const unknown = await users.query(sessionRefresh, { input: { refreshToken: 'lgr_nothing' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const huge = await users.query<Refreshed>(
      sessionRefresh.replace('success record', 'success errors { field } record'),
      {
        input: { refreshToken: 'x'.repeat(10_000) },
      },
    );
    expect(huge.data?.sessionRefresh).toMatchObject({ success: false, errors: [{ field: 'refreshToken' }] });
  });

  it('publishes the signing key as a JWKS, with no private part', async () => {
    const response = await users.jwks();
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Array<Record<string, string>> };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
    const stored = await users.db.signingKey.findFirstOrThrow();
    expect(stored.privateKeyEncrypted).not.toContain('PRIVATE KEY');
  });

  it('lets only administrators rotate the signing key; old tokens still verify, new ones use the new key', async () => {
    const learner = await users.createAccount('rotate-learner@example.org');
    const refused = await users.query(signingKeyRotate, {}, learner.accessToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await users.createAccount('rotate-admin@example.org');
    await users.db.user.update({ where: { id: admin.user.id }, data: { roles: ['LEARNER', 'ADMIN'] } });
    const adminSession = (await users.query<Refreshed>(sessionRefresh, { input: { refreshToken: admin.refreshToken } }))
      .data?.sessionRefresh.record as TestSession;
    const { data } = await users.query<{ signingKeyRotate: { record: { kid: string } } }>(
      signingKeyRotate,
      {},
      adminSession.accessToken,
    );
    const newKid = data?.signingKeyRotate.record.kid;
    expect(newKid).not.toBe(kidOf(learner.accessToken));
    const { keys } = (await (await users.jwks()).json()) as { keys: Array<{ kid: string }> };
    expect(keys.map((key) => key.kid)).toEqual([newKid, kidOf(learner.accessToken)]);
    const old = await users.query<{ me: { id: string } }>('{ me { id } }', {}, learner.accessToken);
    expect(old.data?.me.id).toBe(learner.user.id);
    const renewed = await users.query<Refreshed>(sessionRefresh, { input: { refreshToken: learner.refreshToken } });
    expect(kidOf(renewed.data?.sessionRefresh.record?.accessToken ?? '')).toBe(newKid);
  });
});
