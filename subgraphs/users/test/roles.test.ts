import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFields, startUsers, type TestSession, type UsersUnderTest } from './support/users-under-test.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const grant =
  'mutation ($input: UserRoleInput!) { userRoleGrant(input: $input) { success record { id roles } errors { field message } } }';
const revoke =
  'mutation ($input: UserRoleInput!) { userRoleRevoke(input: $input) { success record { id roles } errors { field message } } }';
const refresh = `mutation ($input: SessionRefreshInput!) { sessionRefresh(input: $input) { record { ${sessionFields} } } }`;

type Changed = { success: boolean; record: { id: string; roles: string[] } | null; errors: Array<{ field: string }> };

const usersRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * Runs the command as an operator types it, `pnpm users:grant-role <args>` at the repository root, or (`direct`)
 * its built script with node, which is what pnpm runs, without pnpm's start-up time.
 */
const grantRole = (args: string[], databaseUrl: string, { direct = false } = {}) =>
  promisify(execFile)(
    direct ? process.execPath : 'pnpm',
    direct ? [`${usersRoot}dist/grant-role.js`, ...args] : ['--silent', 'users:grant-role', ...args],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    },
  ).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );

const roleEvents = (users: UsersUnderTest) =>
  users.db.outboxEvent.findMany({ where: { type: 'users.user.role-changed' }, orderBy: { sequence: 'asc' } });

describe('roles', () => {
  let users: UsersUnderTest;
  let admin: TestSession;
  let learner: TestSession;
  beforeAll(async () => {
    users = await startUsers();
    admin = await users.createAccount('admin@example.org');
    learner = await users.createAccount('learner@example.org');
  });
  afterAll(() => users.close());

  it('makes the first administrator with `pnpm users:grant-role`, exiting 0', { timeout: 60_000 }, async () => {
    const { code, output } = await grantRole(['Admin@Example.org', 'ADMIN'], users.databaseUrl);
    expect(code).toBe(0);
    expect(output).toContain('admin@example.org has the roles LEARNER, ADMIN');
    const [event] = await roleEvents(users);
    expect(event?.payload).toEqual({
      userId: admin.user.id,
      role: 'ADMIN',
      granted: true,
      roles: ['LEARNER', 'ADMIN'],
    });
  });

  it('exits 1 for an unknown email and 2 for wrong arguments', async () => {
    const direct = { direct: true };
    const unknown = await grantRole(['nobody@example.org', 'ADMIN'], users.databaseUrl, direct);
    expect(unknown).toMatchObject({ code: 1, output: expect.stringContaining('No account has this id or email.') });
    expect((await grantRole(['admin@example.org', 'OWNER'], users.databaseUrl, direct)).code).toBe(2);
    expect((await grantRole([], users.databaseUrl, direct)).code).toBe(2);
    expect((await grantRole(['admin@example.org', 'ADMIN'], 'mysql://nowhere', direct)).code).toBe(2);
  });

  it('puts a role change into tokens at the next refresh, not before', async () => {
    const before = await users.query(grant, { input: { userId: learner.user.id, role: 'EDITOR' } }, admin.accessToken);
    // The administrator's token predates the grant: it carries no ADMIN yet.
    expect(before.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const renewed = await users.query<{ sessionRefresh: { record: TestSession } }>(refresh, {
      input: { refreshToken: admin.refreshToken },
    });
    admin = renewed.data?.sessionRefresh.record as TestSession;
    expect(admin.user.roles).toEqual(['LEARNER', 'ADMIN']);
  });

  it('lets administrators grant and revoke roles, each change announced once', async () => {
    const granted = await users.query<{ userRoleGrant: Changed }>(
      grant,
      { input: { userId: learner.user.id, role: 'EDITOR' } },
      admin.accessToken,
    );
    expect(granted.data?.userRoleGrant).toMatchObject({ success: true, record: { roles: ['LEARNER', 'EDITOR'] } });
    await users.query(grant, { input: { userId: learner.user.id, role: 'EDITOR' } }, admin.accessToken);
    const revoked = await users.query<{ userRoleRevoke: Changed }>(
      revoke,
      { input: { userId: learner.user.id, role: 'EDITOR' } },
      admin.accessToken,
    );
    expect(revoked.data?.userRoleRevoke.record?.roles).toEqual(['LEARNER']);
    const events = (await roleEvents(users)).filter((event) => event.aggregateId === learner.user.id);
    expect(events.map((event) => (event.payload as { granted: boolean }).granted)).toEqual([true, false]);
    expect(events.map((event) => event.version)).toEqual([2, 3]);
  });

  it('refuses learners (FORBIDDEN), anonymous callers (UNAUTHENTICATED) and impossible changes (field errors)', async () => {
    const byLearner = await users.query(
      grant,
      { input: { userId: learner.user.id, role: 'ADMIN' } },
      learner.accessToken,
    );
    expect(byLearner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await users.query(grant, { input: { userId: learner.user.id, role: 'ADMIN' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const input of [
      { userId: learner.user.id, role: 'LEARNER' },
      { userId: admin.user.id, role: 'ADMIN' },
      { userId: 'not-an-id', role: 'EDITOR' },
    ]) {
      const { data } = await users.query<{ userRoleRevoke: Changed }>(revoke, { input }, admin.accessToken);
      expect(data?.userRoleRevoke.success).toBe(false);
    }
    const missing = await users.query(
      grant,
      { input: { userId: '0190b2a0-0000-7000-8000-000000000000', role: 'EDITOR' } },
      admin.accessToken,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
