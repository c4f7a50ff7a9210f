import { createTokenVerifier, publicKeySet } from '@learngraph/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFields, startUsers, type TestSession, type UsersUnderTest } from './support/users-under-test.js';

const accountCreate = `mutation ($input: AccountCreateInput!) {
  accountCreate(input: $input) { success message errors { code field message } }
}`;
const accountVerify = `mutation ($input: AccountVerifyInput!) { accountVerify(input: $input) { success record { ${sessionFields} } errors { field message } } }`;
const sessionCreate = `mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { success record { ${sessionFields} } errors { code field message } } }`;
const passwordChange = `mutation ($input: PasswordChangeInput!) { passwordChange(input: $input) { success record { ${sessionFields} } errors { code field message } } }`;
const accountDelete = `mutation ($input: AccountDeleteInput!) { accountDelete(input: $input) { success record { id } errors { field message } } }`;

type Answer = {
  success: boolean;
  record: TestSession | null;
  errors: Array<{ code: string; field: string; message: string }>;
};

describe('accounts', () => {
  let users: UsersUnderTest;
  let ada: TestSession;
  beforeAll(async () => {
    users = await startUsers();
  });
  afterAll(() => users.close());

  it('answers "check your inbox" and writes a verification token to the outbox, not yet a session', async () => {
    const { data, errors } = await users.query<{ accountCreate: unknown }>(accountCreate, {
      input: { email: '  Ada@Example.org ', password: 'correct horse battery', name: 'Ada Lovelace' },
    });
    expect(errors).toBeUndefined();
    expect(data?.accountCreate).toEqual({ success: true, message: expect.stringMatching(/inbox/), errors: [] });
    expect(await users.verificationToken('ada@example.org')).toMatch(/^lgv_/);
    const early = await users.query<{ sessionCreate: Answer }>(sessionCreate, {
      input: { email: 'ada@example.org', password: 'correct horse battery' },
    });
    expect(early.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('verifies the address with the emailed token and signs the new user in', async () => {
    const token = await users.verificationToken('ada@example.org');
    const { data } = await users.query<{ accountVerify: Answer }>(accountVerify, { input: { token } });
    expect(data?.accountVerify.success).toBe(true);
    ada = data?.accountVerify.record as TestSession;
    expect(ada.user).toMatchObject({ email: 'ada@example.org', roles: ['LEARNER'] });
    const viewer = await createTokenVerifier(publicKeySet([users.keys.publicKey])).verify(ada.accessToken);
    expect(viewer).toEqual({ userId: ada.user.id, roles: ['LEARNER'] });
    const again = await users.query<{ accountVerify: Answer }>(accountVerify, { input: { token } });
    expect(again.data?.accountVerify).toMatchObject({ success: false, record: null, errors: [{ field: 'token' }] });
  });

  it('answers a sign-up for an existing address exactly like a new one, and tells the owner instead', async () => {
    const { data } = await users.query<{ accountCreate: unknown }>(accountCreate, {
      input: { email: 'ADA@EXAMPLE.ORG', password: 'another long password', name: 'Ada again' },
    });
    expect(data?.accountCreate).toEqual({ success: true, message: expect.stringMatching(/inbox/), errors: [] });
    const notice = await users.db.outboxEvent.findFirst({ where: { type: 'users.sign-up.repeated' } });
    expect(notice?.payload).toEqual({ userId: ada.user.id, email: 'ada@example.org' });
    expect(await users.db.user.count({ where: { email: 'ada@example.org' } })).toBe(1);
  });

  it('stores an argon2id hash with the configured cost, never the password', async () => {
    const row = await users.db.user.findUniqueOrThrow({ where: { email: 'ada@example.org' } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(row.passwordHash).not.toContain('correct horse battery');
  });

  it('signs in with the email in any case and the right password', async () => {
    const { data } = await users.query<{ sessionCreate: Answer }>(sessionCreate, {
      input: { email: 'ADA@example.org', password: 'correct horse battery' },
    });
    expect(data?.sessionCreate.success).toBe(true);
    expect(data?.sessionCreate.record?.user.email).toBe('ada@example.org');
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    for (const input of [
      { email: 'ada@example.org', password: 'wrong horse battery' },
      { email: 'nobody@example.org', password: 'correct horse battery' },
    ]) {
      const { data, errors } = await users.query(sessionCreate, { input });
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({
        message: 'Email or password is incorrect.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('reports every invalid sign-up field at once, common passwords included', async () => {
    const { data } = await users.query<{ accountCreate: unknown }>(accountCreate, {
      input: { email: 'not-an-email', password: 'short', name: ' ' },
    });
    expect(data?.accountCreate).toMatchObject({
      success: false,
      errors: [
        { code: 'BAD_USER_INPUT', field: 'email', message: 'not a valid email address' },
        { code: 'BAD_USER_INPUT', field: 'password', message: 'at least 12 characters' },
        { code: 'BAD_USER_INPUT', field: 'name', message: 'must not be empty' },
      ],
    });
    const common = await users.query<{ accountCreate: Answer }>(accountCreate, {
      input: { email: 'common@example.org', password: '1QAZ2WSX3EDC', name: 'Common' },
    });
    expect(common.data?.accountCreate.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'password', message: 'one of the most common passwords; choose another' },
    ]);
    expect(await users.db.user.count({ where: { email: { in: ['not-an-email', 'common@example.org'] } } })).toBe(0);
  });

  it('changes the password only with the current one, and ends the other sessions', async () => {
    const wrong = await users.query<{ passwordChange: Answer }>(
      passwordChange,
      { input: { currentPassword: 'not my password', newPassword: 'a brand new passphrase' } },
      ada.accessToken,
    );
    expect(wrong.data?.passwordChange).toMatchObject({ success: false, errors: [{ field: 'currentPassword' }] });
    const anonymous = await users.query(passwordChange, {
      input: { currentPassword: 'correct horse battery', newPassword: 'a brand new passphrase' },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data } = await users.query<{ passwordChange: Answer }>(
      passwordChange,
      { input: { currentPassword: 'correct horse battery', newPassword: 'a brand new passphrase' } },
      ada.accessToken,
    );
    expect(data?.passwordChange.success).toBe(true);
    const refresh = await users.query(
      'mutation ($input: SessionRefreshInput!) { sessionRefresh(input: $input) { success } }',
      { input: { refreshToken: ada.refreshToken } },
    );
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const old = await users.query(sessionCreate, {
      input: { email: 'ada@example.org', password: 'correct horse battery' },
    });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    ada = (data?.passwordChange.record as TestSession) ?? ada;
  });

  it('deletes the account with its password and announces it on the outbox', async () => {
    const wrong = await users.query<{ accountDelete: Answer }>(
      accountDelete,
      { input: { password: 'nope, not it' } },
      ada.accessToken,
    );
    expect(wrong.data?.accountDelete).toMatchObject({ success: false, errors: [{ field: 'password' }] });
    const { data } = await users.query<{ accountDelete: { success: boolean; record: { id: string } } }>(
      accountDelete,
      { input: { password: 'a brand new passphrase' } },
      ada.accessToken,
    );
    expect(data?.accountDelete).toMatchObject({ success: true, record: { id: ada.user.id } });
    expect(await users.db.user.count({ where: { id: ada.user.id } })).toBe(0);
    const event = await users.db.outboxEvent.findFirst({ where: { type: 'users.user.deleted' } });
    expect(event).toMatchObject({ aggregateId: ada.user.id, payload: { userId: ada.user.id } });
  });

  it('answers UNAUTHENTICATED for a forged or malformed token, and null `me` for anonymous requests', async () => {
    const anonymous = await users.query('{ me { id } }');
    expect(anonymous.data).toEqual({ me: null });
    for (const token of ['abc.def.ghi', 'not a token']) {
      const { status, errors } = await users.query('{ me { id } }', {}, token);
      expect(status).toBe(401);
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('users as entities', () => {
  let users: UsersUnderTest;
  const ids: string[] = [];
  beforeAll(async () => {
    users = await startUsers();
    for (let index = 0; index < 20; index += 1) {
      const row = await users.db.user.create({
        data: { email: `learner${index}@example.org`, name: `Learner ${index}`, passwordHash: 'x' },
      });
      ids.push(row.id);
    }
  });
  afterAll(() => users.close());

  it('resolves 20 references in one SQL query and hides their emails from other people', async () => {
    users.sql.length = 0;
    const { data } = await users.query<{ _entities: Array<{ id: string; name: string; email: string | null }> }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name email } } }',
      { r: ids.map((id) => ({ __typename: 'User', id })) },
    );
    expect(data?._entities.map((user) => user.id)).toEqual(ids);
    expect(data?._entities.every((user) => user.email === null)).toBe(true);
    expect(users.sql).toHaveLength(1);
  });
});
