import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTokenSigner,
  createTokenVerifier,
  publicJwkOf,
  remoteKeySet,
  TokenKeysUnavailableError,
} from '../src/index.js';
import { freePort, generateTestKeys, listenOnFreePort } from '../src/testing/index.js';

/** A key set document served over HTTP, as the users subgraph serves its own, counting the fetches. */
async function serveKeySet() {
  let keys: unknown[] = [];
  let fetches = 0;
  const server: Server = createServer((_req, res) => {
    fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  const url = new URL(`${await listenOnFreePort(server)}/.well-known/jwks.json`);
  return {
    url,
    publish: async (publicKeys: string[]) => {
      keys = await Promise.all(publicKeys.map((pem) => publicJwkOf(pem)));
    },
    fetches: () => fetches,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('remote key set', () => {
  const first = generateTestKeys();
  const second = generateTestKeys();
  let keySet: Awaited<ReturnType<typeof serveKeySet>>;
  beforeAll(async () => {
    keySet = await serveKeySet();
    await keySet.publish([first.publicKey]);
  });
  afterAll(() => keySet.close());

  it('accepts every token while the signing key is rotated under traffic, with no restart', async () => {
    const verifier = createTokenVerifier(remoteKeySet(keySet.url, { refetchIntervalMs: 200 }));
    const oldSigner = await createTokenSigner(first.privateKey, 60);
    const newSigner = await createTokenSigner(second.privateKey, 60);
    let rotated = false;
    const outcomes: string[] = [];
    const traffic = Array.from({ length: 8 }, async (_, client) => {
      for (let request = 0; request < 25; request += 1) {
        const signer = rotated && request % 2 === 0 ? newSigner : oldSigner;
        const token = await signer.sign({ userId: `user-${client}`, roles: ['LEARNER'] });
        outcomes.push(
          await verifier.verify(token).then(
            (viewer) => (viewer.userId === `user-${client}` ? 'ok' : 'wrong'),
            () => 'failed',
          ),
        );
        if (client === 0 && request === 10) {
          // The users subgraph publishes the new key with the old one, then signs with it.
          await keySet.publish([second.publicKey, first.publicKey]);
          rotated = true;
        }
      }
    });
    await Promise.all(traffic);
    expect(outcomes).toHaveLength(200);
    expect(outcomes.filter((outcome) => outcome !== 'ok')).toEqual([]);
  });

  it('refuses a key it cannot find, fetching at most once per interval however many ask', async () => {
    const verifier = createTokenVerifier(remoteKeySet(keySet.url, { refetchIntervalMs: 200 }));
    const stranger = await createTokenSigner(generateTestKeys().privateKey, 60);
    await verifier.verify(await (await createTokenSigner(first.privateKey, 60)).sign({ userId: 'u', roles: [] }));
    const before = keySet.fetches();
    const forged = await Promise.all(
      Array.from({ length: 20 }, async () =>
        verifier.verify(await stranger.sign({ userId: 'u', roles: ['ADMIN'] })).then(
          () => 'accepted',
          (error: Error) => error.name,
        ),
      ),
    );
    expect(new Set(forged)).toEqual(new Set(['InvalidTokenError']));
    expect(keySet.fetches() - before).toBeLessThanOrEqual(2);
  });

  it('goes on verifying with the keys fetched last while the key set does not answer', async () => {
    const away = await serveKeySet();
    await away.publish([first.publicKey]);
    const verifier = createTokenVerifier(remoteKeySet(away.url, { maxAgeMs: 1 }));
    const signer = await createTokenSigner(first.privateKey, 60);
    const stranger = await createTokenSigner(second.privateKey, 60);
    expect(await verifier.verify(await signer.sign({ userId: 'before', roles: [] }))).toMatchObject({
      userId: 'before',
    });
    await away.close();
    expect(await verifier.verify(await signer.sign({ userId: 'during', roles: [] }))).toMatchObject({
      userId: 'during',
    });
    await expect(verifier.verify(await stranger.sign({ userId: 'u', roles: [] }))).rejects.toThrow(/invalid/);
  });

  it('reports a key set that does not answer as unavailable, not as an invalid token', async () => {
    const verifier = createTokenVerifier(remoteKeySet(new URL(`http://127.0.0.1:${await freePort()}/jwks.json`)));
    const token = await (await createTokenSigner(first.privateKey, 60)).sign({ userId: 'u', roles: [] });
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(TokenKeysUnavailableError);
  });
});
