import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, generateRouterKey, portIsClosed, postGraphQL, waitFor } from '@learngraph/service-kit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { compose } from '../src/compose/compose.js';
import { booksSdl, reviewsSdl, startFixtureSubgraphs } from './support/fixture-subgraphs.js';

const routerEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('the router process on SIGTERM', () => {
  let router: ChildProcess | undefined;
  afterAll(() => {
    if (router?.exitCode === null) router.kill('SIGKILL');
  });

  it('answers a query whose subgraph fetch is in flight, in full, then exits 0', async () => {
    const routerKey = generateRouterKey();
    let reached = () => {};
    const fetchReached = new Promise<void>((resolve) => (reached = resolve));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const subgraphs = await startFixtureSubgraphs(routerKey, async () => {
      reached();
      await released;
    });
    try {
      const supergraph = join(await mkdtemp(join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
      await writeFile(
        supergraph,
        compose([
          { name: 'books', url: subgraphs.books.url, sdl: booksSdl },
          { name: 'reviews', url: subgraphs.reviews.url, sdl: reviewsSdl },
        ]).supergraphSdl,
      );
      const port = await freePort();
      router = spawn(process.execPath, [routerEntry, '--supergraph', supergraph, '--port', String(port)], {
        env: {
          ...process.env,
          HOST: '127.0.0.1',
          JWKS_URL: 'http://127.0.0.1:4002/.well-known/jwks.json',
          ROUTER_SUBGRAPH_KEY: routerKey,
          // The fixture subgraphs' operations are nobody's trusted documents.
          REQUIRE_TRUSTED_DOCUMENTS: 'false',
          LOG_LEVEL: 'silent',
        },
        stdio: 'ignore',
      });
      const exited = once(router, 'exit');
      const origin = `http://127.0.0.1:${port}`;
      // A new Node process loading Apollo Gateway takes seconds on a busy machine.
      await waitFor(
        () =>
          fetch(`${origin}/health`).then(
            (response) => response.ok,
            () => false,
          ),
        { timeoutMs: 30_000 },
      );

      const answer = postGraphQL(`${origin}/graphql`, '{ books { title reviews } }');
      await fetchReached;
      router.kill('SIGTERM');
      await waitFor(() => portIsClosed(port));
      release();
      expect(await answer).toEqual({
        status: 200,
        data: { books: [{ title: 'Structure and Interpretation of Computer Programs', reviews: ['A classic.'] }] },
      });
      expect(await exited).toEqual([0, null]);
    } finally {
      release();
      await subgraphs.close();
    }
  }, 60_000);
});
