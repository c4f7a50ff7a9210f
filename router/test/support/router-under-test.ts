import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@learngraph/service-kit';
import { generateTestKeys, listenOnFreePort } from '@learngraph/service-kit/testing';
import { compose } from '../../src/compose/compose.js';
import { createRouter, type RouterOptions } from '../../src/server.js';
import { booksSdl, reviewsSdl } from './fixture-subgraphs.js';

/**
 * A started router over the fixture subgraphs with the given reviews URL and signing key, listening on a
 * free port; `options` replace its defaults.
 */
export async function startRouter(
  subgraphs: { books: { url: string } },
  reviewsUrl: string,
  routerKey: string,
  options: Partial<RouterOptions> = {},
) {
  const supergraphPath = join(await mkdtemp(join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
  await writeFile(
    supergraphPath,
    compose([
      { name: 'books', url: subgraphs.books.url, sdl: booksSdl },
      { name: 'reviews', url: reviewsUrl, sdl: reviewsSdl },
    ]).supergraphSdl,
  );
  const router = await createRouter({
    supergraphPath,
    subgraphUrls: {},
    jwtPublicKey: generateTestKeys().publicKey,
    routerKey,
    subgraphTimeoutMs: 2_000,
    maxBodyBytes: 100_000,
    maxQueryDepth: 6,
    trustForwardedFor: true,
    logger: createLogger('router-test', process.env.TEST_LOG ?? 'silent'),
    ...options,
  });
  const url = `${await listenOnFreePort(router.server)}/graphql`;
  await router.start();
  return {
    url,
    close: async () => {
      await new Promise((resolve) => router.server.close(resolve));
      await router.stop();
    },
  };
}
