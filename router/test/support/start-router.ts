import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Logger, publicKeySet } from '@learngraph/service-kit';
import { freePort, generateRouterKey, generateTestKeys, listenOnFreePort } from '@learngraph/service-kit/testing';
import { compose, type SubgraphSource } from '../../src/compose/compose.js';
import { readConfig } from '../../src/config.js';
import { createRouter, routerOptions } from '../../src/server.js';
import { booksSdl, fixtureSources, reviewsSdl, startFixtureSubgraphs } from './fixture-subgraphs.js';

/** A loopback URL on which nothing listens: the port was taken and released. */
export const deadUrl = async () => `http://127.0.0.1:${await freePort()}/graphql`;

export interface TestRouterOptions {
  /** The subgraphs composed into the supergraph file the router serves. */
  subgraphs: SubgraphSource[];
  routerKey: string;
  /** The router's environment on top of the keys, e.g. a limit or `SUBGRAPH_<NAME>_URL`. */
  env?: Record<string, string>;
  /** The public key of the tokens the router accepts (default: a fresh one), in place of the users JWKS. */
  jwtPublicKey?: string;
  logger?: Logger;
  /** Whether to load the supergraph before returning (default true). */
  start?: boolean;
  /** The scope partners need per fixture subgraph, in place of the real subgraphs' ones. */
  subgraphScopes?: Record<string, string>;
}

/**
 * A router as `learngraph-router` runs it (its configuration read by `readConfig`, so every default applies),
 * serving the given subgraphs from a supergraph file of its own, on a free port.
 *
 * @example
 * const router = await startTestRouter({ subgraphs: [books], routerKey, env: { MAX_COST: '100' } });
 * await postGraphQL(router.url, '{ books { title } }');
 */
export async function startTestRouter(options: TestRouterOptions) {
  const supergraphPath = join(await mkdtemp(join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
  await writeFile(supergraphPath, compose(options.subgraphs).supergraphSdl);
  const config = readConfig(['--supergraph', supergraphPath], {
    // Not fetched: the router checks tokens against `jwtPublicKey` below.
    JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
    ROUTER_SUBGRAPH_KEY: options.routerKey,
    // The fixture subgraphs' operations are nobody's trusted documents; trusted-documents.test.ts turns this on.
    REQUIRE_TRUSTED_DOCUMENTS: 'false',
    ...options.env,
  });
  const logger = options.logger ?? createLogger('router-test', process.env.TEST_LOG ?? 'silent');
  const tokenKeys = publicKeySet([options.jwtPublicKey ?? generateTestKeys().publicKey]);
  const router = await createRouter({
    ...routerOptions(config, logger),
    tokenKeys,
    ...(options.subgraphScopes ? { subgraphScopes: options.subgraphScopes } : {}),
  });
  const baseUrl = await listenOnFreePort(router.server);
  if (options.start ?? true) await router.start();
  return {
    url: `${baseUrl}/graphql`,
    baseUrl,
    supergraphPath,
    config,
    metrics: router.metrics,
    start: () => router.start(),
    close: async () => {
      await new Promise((resolve) => router.server.close(resolve));
      await router.stop();
    },
  };
}

/**
 * The fixture subgraphs and a router over both, configured by `env` on top of the defaults, for one block of
 * tests; `close` stops all three.
 *
 * @example
 * const fixtures = await startRouterOverFixtures({ MAX_ALIASES: '5' });
 * await postGraphQL(fixtures.router.url, '{ books { title } }');
 */
export async function startRouterOverFixtures(env: Record<string, string> = {}) {
  const routerKey = generateRouterKey();
  const subgraphs = await startFixtureSubgraphs(routerKey);
  const router = await startTestRouter({ subgraphs: fixtureSources(subgraphs), routerKey, env });
  return {
    routerKey,
    subgraphs,
    router,
    close: async () => {
      await router.close();
      await subgraphs.close();
    },
  };
}

/**
 * A router over the fixture subgraphs at the given URLs (one may be dead or hanging), signing with `routerKey`,
 * with subgraph fetches bounded by 2 s; its supergraph is loaded unless `start` is false.
 *
 * @example
 * const router = await startRouter({ books: subgraphs.books.url, reviews: await deadUrl() }, routerKey);
 */
export const startRouter = (urls: { books: string; reviews: string }, routerKey: string, { start = true } = {}) =>
  startTestRouter({
    subgraphs: [
      { name: 'books', url: urls.books, sdl: booksSdl },
      { name: 'reviews', url: urls.reviews, sdl: reviewsSdl },
    ],
    routerKey,
    start,
    env: { SUBGRAPH_TIMEOUT_MS: '2000' },
  });
