import { createTokenVerifier } from '@learngraph/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUsers, type UsersUnderTest } from './support/users-under-test.js';

const signUp = `mutation ($input: SignUpInput!) {
  signUp(input: $input) { token expiresAt user { id name email } }
}`;
const signIn = `mutation ($input: SignInInput!) { signIn(input: $input) { token user { id email } } }`;

type Auth = { token: string; expiresAt: string; user: { id: string; name: string; email: string | null } };

describe('accounts', () => {
  let users: UsersUnderTest;
  beforeAll(async () => {
    users = await startUsers();
  });
  afterAll(() => users.close());

  it('signs a new user up and returns a token that proves who they are', async () => {
    const { data, errors } = await users.query<{ signUp: Auth }>(signUp, {
      input: { email: '  Ada@Example.org ', password: 'correct horse battery', name: 'Ada Lovelace' },
    });
    expect(errors).toBeUndefined();
    const auth = data?.signUp;
    expect(auth?.user).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.org' });
    expect(Date.parse(auth?.expiresAt ?? '') - Date.now()).toBeGreaterThan(500_000);
    const viewer = await (await createTokenVerifier(users.keys.publicKey)).verify(auth?.token ?? '');
    expect(viewer).toEqual({ userId: auth?.user.id, roles: ['LEARNER'] });
    const me = await users.query<{ me: { id: string; email: string } }>('{ me { id email } }', {}, auth?.token);
    expect(me.data?.me).toEqual({ id: auth?.user.id, email: 'ada@example.org' });
  });

  it('stores an argon2id hash, never the password', async () => {
    const row = await users.db.user.findUniqueOrThrow({ where: { email: 'ada@example.org' } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain('correct horse battery');
  });

  it('signs in with the email in any case and the right password', async () => {
    const { data, errors } = await users.query<{ signIn: Auth }>(signIn, {
      input: { email: 'ADA@example.org', password: 'correct horse battery' },
    });
    expect(errors).toBeUndefined();
    expect(data?.signIn.user.email).toBe('ada@example.org');
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    for (const input of [
      { email: 'ada@example.org', password: 'wrong horse battery' },
      { email: 'nobody@example.org', password: 'correct horse battery' },
    ]) {
      const { data, errors } = await users.query(signIn, { input });
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({
        message: 'Email or password is incorrect.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const { errors } = await users.query(signUp, {
      input: { email: 'ADA@EXAMPLE.ORG', password: 'another long password', name: 'Ada again' },
    });
    expect(errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'email', message: 'An account with this email already exists.' }],
    });
  });

  it('reports every invalid sign-up field at once', async () => {
    const { errors } = await users.query(signUp, { input: { email: 'not-an-email', password: 'short', name: ' ' } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'email', message: 'not a valid email address' },
      { field: 'password', message: 'at least 12 characters' },
      { field: 'name', message: 'must not be empty' },
    ]);
    expect(await users.db.user.count({ where: { email: 'not-an-email' } })).toBe(0);
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
