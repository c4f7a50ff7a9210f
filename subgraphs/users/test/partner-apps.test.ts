import { routerSignatureHeader, signRouterRequest } from '@learngraph/service-kit';
import { waitFor } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFields, startUsers, type TestSession, type UsersUnderTest } from './support/users-under-test.js';

const appCreate = `mutation ($input: PartnerAppCreateInput!) {
  partnerAppCreate(input: $input) { success record { id name scopes rateTier allowedOrigins } errors { field message } }
}`;
const appUpdate =
  'mutation ($input: PartnerAppUpdateInput!) { partnerAppUpdate(input: $input) { success record { id scopes rateTier } } }';
const keyCreate = `mutation ($input: ApiKeyCreateInput!) {
  apiKeyCreate(input: $input) { success secret record { id prefix lastUsedAt expiresAt } errors { field message } }
}`;
const keyRevoke =
  'mutation ($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { success record { revokedAt } } }';

type Created = { id: string; prefix: string; lastUsedAt: string | null };

describe('partner apps and API keys', () => {
  let users: UsersUnderTest;
  let admin: TestSession;
  let learner: TestSession;
  let appId: string;
  let key: { secret: string; record: Created };

  /** Asks the internal endpoint as the router does, or with another key when `routerKey` is given. */
  const resolve = (apiKey: unknown, routerKey = users.routerKey) => {
    const body = JSON.stringify({ key: apiKey });
    return fetch(`${users.baseUrl}/internal/api-keys/resolve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [routerSignatureHeader]: signRouterRequest(routerKey, body) },
      body,
    });
  };

  beforeAll(async () => {
    users = await startUsers();
    admin = await users.createAccount('admin@example.org');
    learner = await users.createAccount('learner@example.org');
    await users.db.user.update({ where: { id: admin.user.id }, data: { roles: ['LEARNER', 'ADMIN'] } });
    const renewed = await users.query<{ sessionRefresh: { record: TestSession } }>(
      `mutation ($input: SessionRefreshInput!) { sessionRefresh(input: $input) { record { ${sessionFields} } } }`,
      { input: { refreshToken: admin.refreshToken } },
    );
    admin = renewed.data?.sessionRefresh.record as TestSession;
  });
  afterAll(() => users.close());

  it('lets administrators register an app with its scopes, origins and rate tier', async () => {
    const input = {
      name: 'Campus portal',
      contactEmail: 'Dev@Campus.example.edu',
      allowedOrigins: ['https://portal.example.edu'],
      scopes: ['catalog:read', 'paths:read'],
      rateTier: 'PREMIUM',
    };
    const byLearner = await users.query(appCreate, { input }, learner.accessToken);
    expect(byLearner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { data } = await users.query<{ partnerAppCreate: { record: { id: string } } }>(
      appCreate,
      { input },
      admin.accessToken,
    );
    expect(data?.partnerAppCreate).toMatchObject({
      success: true,
      record: { scopes: ['catalog:read', 'paths:read'], rateTier: 'PREMIUM' },
    });
    appId = data?.partnerAppCreate.record.id ?? '';
  });

  it('refuses unknown scopes and origins that are not https origins, field by field', async () => {
    const { data } = await users.query<{ partnerAppCreate: { success: boolean; errors: unknown[] } }>(
      appCreate,
      {
        input: {
          name: 'x',
          contactEmail: 'a@b.org',
          allowedOrigins: ['http://plain.example', 'https://ok.example/path'],
          scopes: ['users:write'],
        },
      },
      admin.accessToken,
    );
    expect(data?.partnerAppCreate.success).toBe(false);
    expect(data?.partnerAppCreate.errors).toEqual([
      { field: 'allowedOrigins.0', message: 'an https origin such as https://portal.example.edu' },
      { field: 'allowedOrigins.1', message: 'an https origin such as https://portal.example.edu' },
      { field: 'scopes.0', message: 'one of catalog:read, search:read, paths:read' },
    ]);
  });

  it('shows a new key once, with a visible prefix, and stores only its hash', async () => {
    const { data } = await users.query<{ apiKeyCreate: { secret: string; record: Created } }>(
      keyCreate,
      { input: { appId } },
      admin.accessToken,
    );
    key = data?.apiKeyCreate as { secret: string; record: Created };
    expect(key.secret).toMatch(new RegExp(`^lgk_${key.record.prefix}_`));
    const stored = await users.db.apiKey.findUniqueOrThrow({ where: { id: key.record.id } });
    expect(JSON.stringify(stored)).not.toContain(key.secret.split('_')[2]);
    const listed = await users.query<{ partnerApps: Array<{ apiKeys: Array<{ prefix: string }> }> }>(
      '{ partnerApps { apiKeys { prefix } } }',
      {},
      admin.accessToken,
    );
    expect(listed.data?.partnerApps[0]?.apiKeys).toEqual([{ prefix: key.record.prefix }]);
  });

  it('resolves a key for the router only, recording when it was last used', async () => {
    const answer = await resolve(key.secret);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      appId,
      name: 'Campus portal',
      scopes: ['catalog:read', 'paths:read'],
      rateTier: 'PREMIUM',
      allowedOrigins: ['https://portal.example.edu'],
    });
    expect((await users.db.apiKey.findUniqueOrThrow({ where: { id: key.record.id } })).lastUsedAt).not.toBeNull();
    expect((await resolve(key.secret, 'another router key that is long enough')).status).toBe(403);
    expect((await resolve(`${key.secret.slice(0, -1)}x`)).status).toBe(404);
    expect((await resolve(42)).status).toBe(404);
  });

  it('issues keys that end only in the future and at most two years ahead', async () => {
    const day = 24 * 60 * 60 * 1000;
    for (const [expiresAt, message] of [
      [new Date(Date.now() - 1000), 'must be in the future'],
      [new Date(Date.now() + 3 * 366 * day), 'at most two years ahead'],
    ] as const) {
      const { data } = await users.query<{ apiKeyCreate: { success: boolean; errors: unknown[] } }>(
        keyCreate,
        { input: { appId, expiresAt: expiresAt.toISOString() } },
        admin.accessToken,
      );
      expect(data?.apiKeyCreate).toMatchObject({ success: false, errors: [{ field: 'expiresAt', message }] });
    }
  });

  it('resolves a key that has an end until it ends, and no more after', async () => {
    const expiresAt = new Date(Date.now() + 5000);
    const { data } = await users.query<{ apiKeyCreate: { secret: string; record: { expiresAt: string } } }>(
      keyCreate,
      { input: { appId, expiresAt: expiresAt.toISOString() } },
      admin.accessToken,
    );
    expect(data?.apiKeyCreate.record.expiresAt).toBe(expiresAt.toISOString());
    const secret = data?.apiKeyCreate.secret ?? '';
    expect((await resolve(secret)).status).toBe(200);
    await waitFor(async () => (await resolve(secret)).status === 404, { timeoutMs: 20_000, intervalMs: 200 });
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt.getTime());
  });

  it('changes an app, and resolves a revoked key no more', async () => {
    const updated = await users.query<{ partnerAppUpdate: { record: { scopes: string[] } } }>(
      appUpdate,
      { input: { id: appId, scopes: ['search:read'] } },
      admin.accessToken,
    );
    expect(updated.data?.partnerAppUpdate.record.scopes).toEqual(['search:read']);
    const revoked = await users.query<{ apiKeyRevoke: { success: boolean } }>(
      keyRevoke,
      { input: { id: key.record.id } },
      admin.accessToken,
    );
    expect(revoked.data?.apiKeyRevoke.success).toBe(true);
    expect((await resolve(key.secret)).status).toBe(404);
  });
});
