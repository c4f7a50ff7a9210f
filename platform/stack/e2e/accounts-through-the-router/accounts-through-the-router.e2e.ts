import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { GraphQLResponse } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type E2eSession, verificationToken } from '../support/accounts.js';
import { type FaultSystem, startFaultSystem } from '../support/fault-system.js';
import { waitUntil } from '../support/poll.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const password = 'a long enough password';
const sessionFields = 'accessToken refreshToken user { id roles }';
const sessionCreate = `mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { success record { ${sessionFields} } } }`;
const sessionRefresh = `mutation ($input: SessionRefreshInput!) { sessionRefresh(input: $input) { success record { ${sessionFields} } } }`;
const roleGrant =
  'mutation ($input: UserRoleInput!) { userRoleGrant(input: $input) { success record { roles } errors { field } } }';
const unpublish = `mutation { learningResourceUnpublish(id: "${randomUUID()}") { success } }`;

type Session = E2eSession & { user: { id: string; roles: string[] } };
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

describe('accounts, sessions and roles through the edge and the router', () => {
  let system: FaultSystem;
  const refresh = async (session: Session) => {
    const { data } = await system.graphql<{ sessionRefresh: { record: Session } }>(sessionRefresh, {
      input: { refreshToken: session.refreshToken },
    });
    return data?.sessionRefresh.record as Session;
  };

  beforeAll(async () => {
    system = await startFaultSystem();
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('signs up without saying whether the address is taken, and signs in only once it is verified', async () => {
    const create = (email: string) =>
      system.graphql<{ accountCreate: { success: boolean; message: string } }>(
        'mutation ($input: AccountCreateInput!) { accountCreate(input: $input) { success message } }',
        { input: { email, password, name: 'Ada' } },
      );
    const fresh = await create('ada@example.org');
    const unverifiedSignIn = await system.graphql(sessionCreate, { input: { email: 'ada@example.org', password } });
    expect(codeOf(unverifiedSignIn)).toBe('FORBIDDEN');
    const token = await verificationToken(system.dataDir, 'ada@example.org');
    const verified = await system.graphql<{ accountVerify: { success: boolean } }>(
      'mutation ($input: AccountVerifyInput!) { accountVerify(input: $input) { success } }',
      { input: { token } },
    );
    expect(verified.data?.accountVerify.success).toBe(true);
    const taken = await create('ADA@example.org');
    expect(taken.data).toEqual(fresh.data);
    const wrong = await system.graphql(sessionCreate, {
      input: { email: 'ada@example.org', password: 'not the password' },
    });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    const right = await system.graphql<{ sessionCreate: { success: boolean } }>(sessionCreate, {
      input: { email: 'ada@example.org', password },
    });
    expect(right.data?.sessionCreate.success).toBe(true);
  });

  it('ends the whole session when a used refresh token is presented again', async () => {
    const session = (await createAccount(system, { email: 'grace@example.org', password, name: 'Grace' })) as Session;
    const next = await refresh(session);
    const replay = await system.graphql(sessionRefresh, { input: { refreshToken: session.refreshToken } });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    const afterTheft = await system.graphql(sessionRefresh, { input: { refreshToken: next.refreshToken } });
    expect(codeOf(afterTheft)).toBe('UNAUTHENTICATED');
  });

  it('makes an administrator with the command, who grants roles that take effect at the next refresh', async () => {
    let admin = (await createAccount(system, { email: 'root@example.org', password, name: 'Root' })) as Session;
    let learner = (await createAccount(system, { email: 'learner@example.org', password, name: 'Lee' })) as Session;
    const byLearner = await system.graphql(
      roleGrant,
      { input: { userId: learner.user.id, role: 'ADMIN' } },
      learner.accessToken,
    );
    expect(codeOf(byLearner)).toBe('FORBIDDEN');
    const { DATABASE_URL: _ignored, ...env } = process.env;
    await promisify(execFile)('pnpm', ['--silent', 'users:grant-role', 'root@example.org', 'ADMIN'], {
      cwd: repoRoot,
      env: { ...env, LEARNGRAPH_DATA_DIR: system.dataDir },
    });
    admin = await refresh(admin);
    expect(admin.user.roles).toEqual(['LEARNER', 'ADMIN']);
    const granted = await system.graphql<{ userRoleGrant: { success: boolean } }>(
      roleGrant,
      { input: { userId: learner.user.id, role: 'EDITOR' } },
      admin.accessToken,
    );
    expect(granted.data?.userRoleGrant.success).toBe(true);
    expect(codeOf(await system.graphql(unpublish, {}, learner.accessToken))).toBe('FORBIDDEN');
    learner = await refresh(learner);
    expect(codeOf(await system.graphql(unpublish, {}, learner.accessToken))).toBe('NOT_FOUND');
  });

  it('rotates the signing key under traffic without a failed request or a restart', async () => {
    let admin = (
      await system.graphql<{ sessionCreate: { record: Session } }>(sessionCreate, {
        input: { email: 'root@example.org', password },
      })
    ).data?.sessionCreate.record as Session;
    const people = await Promise.all(
      [1, 2, 3].map((n) => createAccount(system, { email: `traffic${n}@example.org`, password, name: `T${n}` })),
    );
    let sessions = people as Session[];
    let rotated = false;
    const failures: unknown[] = [];
    let answered = 0;
    const traffic = sessions.map(async (_, index) => {
      for (let round = 0; round < 30; round += 1) {
        // After the rotation every refresh hands out a token signed by the new key, unknown to the router so far.
        if (rotated && round % 5 === 0) sessions[index] = await refresh(sessions[index] as Session);
        const session = sessions[index] as Session;
        const answer = await system.graphql<{ me: { id: string } }>('{ me { id } }', {}, session.accessToken);
        answered += 1;
        if (answer.status !== 200 || answer.errors || answer.data?.me.id !== session.user.id) failures.push(answer);
      }
    });
    await waitUntil(
      'traffic has started',
      async () => answered,
      (count) => count >= 10,
    );
    const rotation = await system.graphql<{ signingKeyRotate: { record: { kid: string } } }>(
      'mutation { signingKeyRotate { success record { kid } } }',
      {},
      admin.accessToken,
    );
    const kid = rotation.data?.signingKeyRotate.record.kid;
    expect(kid).toBeTruthy();
    rotated = true;
    await Promise.all(traffic);
    expect(failures).toEqual([]);
    admin = await refresh(admin);
    const header = JSON.parse(Buffer.from(admin.accessToken.split('.')[0] ?? '', 'base64url').toString());
    expect(header.kid).toBe(kid);
    sessions = [];
  });

  it("erases a deleted account's private paths in learning-paths, through the users stream", async () => {
    const session = (await createAccount(system, { email: 'leaving@example.org', password, name: 'Leo' })) as Session;
    const created = await system.graphql<{ learningPathCreate: { record: { id: string } } }>(
      'mutation { learningPathCreate(input: { title: "Mine", visibility: PRIVATE }) { record { id } } }',
      {},
      session.accessToken,
    );
    const pathId = created.data?.learningPathCreate.record.id;
    expect(pathId).toBeTruthy();
    const deleted = await system.graphql<{ accountDelete: { success: boolean } }>(
      'mutation ($input: AccountDeleteInput!) { accountDelete(input: $input) { success } }',
      { input: { password } },
      session.accessToken,
    );
    expect(deleted.data?.accountDelete.success).toBe(true);
    await waitUntil(
      'learning-paths erases the private path',
      () =>
        system.graphql<{ learningPath: unknown }>(
          'query ($id: ID!) { learningPath(id: $id) { id } }',
          { id: pathId },
          session.accessToken,
        ),
      (answer) => answer.data?.learningPath === null,
    );
  });

  it('serves partner keys the subgraphs their scopes cover, and refuses revoked, unknown and unscoped ones', async () => {
    const admin = (
      await system.graphql<{ sessionCreate: { record: Session } }>(sessionCreate, {
        input: { email: 'root@example.org', password },
      })
    ).data?.sessionCreate.record as Session;
    const app = await system.graphql<{ partnerAppCreate: { record: { id: string } } }>(
      'mutation ($input: PartnerAppCreateInput!) { partnerAppCreate(input: $input) { record { id } } }',
      { input: { name: 'Portal', contactEmail: 'dev@example.edu', scopes: ['catalog:read'] } },
      admin.accessToken,
    );
    const issued = await system.graphql<{ apiKeyCreate: { secret: string; record: { id: string } } }>(
      'mutation ($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret record { id } } }',
      { input: { appId: app.data?.partnerAppCreate.record.id } },
      admin.accessToken,
    );
    const { secret, record } = issued.data?.apiKeyCreate ?? { secret: '', record: { id: '' } };
    const asPartner = async (query: string, key = secret) => {
      const response = await fetch(`${system.url}/partner/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
    };
    const catalog = await asPartner('{ learningResources(first: 1) { totalCount } }');
    expect(catalog).toMatchObject({ status: 200, data: { learningResources: { totalCount: expect.any(Number) } } });
    const search = await asPartner('{ search(input: { query: "x" }, first: 1) { totalCount } }');
    expect(codeOf(search)).toBe('FORBIDDEN');
    const unknown = await asPartner('{ learningResources(first: 1) { totalCount } }', `${secret.slice(0, -2)}xx`);
    expect([unknown.status, codeOf(unknown)]).toEqual([401, 'UNAUTHENTICATED']);
    await system.graphql(
      'mutation ($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { success } }',
      { input: { id: record.id } },
      admin.accessToken,
    );
    // The router may answer from its cache for up to 30 seconds, no longer.
    await waitUntil(
      'the router refuses the revoked key',
      () => asPartner('{ learningResources(first: 1) { totalCount } }'),
      (answer) => answer.status === 401 && codeOf(answer) === 'UNAUTHENTICATED',
      { timeoutMs: 40_000, intervalMs: 1_000 },
    );
  });

  it("resolves a profile's interests as catalog topics, and lets only the owner change it", async () => {
    const session = (await createAccount(system, { email: 'curious@example.org', password, name: 'Cy' })) as Session;
    const topics = await system.graphql<{ topics: Array<{ id: string; name: string }> }>('{ topics { id name } }');
    const [topic] = topics.data?.topics ?? [];
    const updated = await system.graphql<{ profileUpdate: { success: boolean } }>(
      'mutation ($input: ProfileUpdateInput!) { profileUpdate(input: $input) { success } }',
      { input: { displayName: 'Cy', interests: [topic?.id] } },
      session.accessToken,
    );
    expect(updated.data?.profileUpdate.success).toBe(true);
    const me = await system.graphql<{ me: { displayName: string; interests: Array<{ id: string; name: string }> } }>(
      '{ me { displayName interests { id name } } }',
      {},
      session.accessToken,
    );
    expect(me.data?.me).toEqual({ displayName: 'Cy', interests: [topic] });
    const anonymous = await system.graphql('mutation { profileUpdate(input: { displayName: "Mallory" }) { success } }');
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });
});
