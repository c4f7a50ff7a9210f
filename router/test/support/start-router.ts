import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@learngraph/service-kit';
import { freePort, generateTestKeys, listenOnFreePort } from '@learngraph/service-kit/testing';
import { compose } from '../../src/compose/compose.js';
import { createRouter } from '../../src/server.js';
import { booksSdl, reviewsSdl } from './fixture-subgraphs.js';

/** A loopback URL on which nothing listens: the port was taken and released. */
export const deadUrl = async () => `http://127.0.0.1:${await freePort()}/graphql`;

/**
 * A router over the fixture subgraphs at the given URLs, signing with `routerKey`, listening on a free
 * port; its supergraph is loaded unless `start` is false (then `start()` loads it).
 */
export async function startRouter(
  urls: { books: string; reviews: string },
  routerKey: string,
  { start = true }: { start?: boolean } = {},
) {
  const supergraphPath = join(await mkdtemp(join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
  await writeFile(
    supergraphPath,
    compose([
      { name: 'books', url: urls.books, sdl: booksSdl },
      { name: 'reviews', url: urls.reviews, sdl: reviewsSdl },
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
    logger: createLogger('router-test', process.env.TEST_LOG ?? 'silent'),
  });
  const origin = await listenOnFreePort(router.server);
  if (start) await router.start();
  return {
    origin,
    url: `${origin}/graphql`,
    start: () => router.start(),
    close: async () => {
      await new Promise((resolve) => router.server.close(resolve));
      await router.stop();
    },
  };
}
