import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type DevServer, startDevServer } from './dev-server';
import { startEdge } from './edge';
import { type Origin, startOrigin } from './origin';

/** A recording router and web origin, and the worker in front of them; fields are set once `beforeAll` has run. */
export interface EdgeFixture {
  router: Origin;
  web: Origin;
  edge: Miniflare;
}

/**
 * Registers hooks that start a router and a web origin and the worker in workerd before the file's tests, reset
 * what the origins recorded before each test, and stop everything afterwards. `vars` are added to the origins.
 *
 * @example
 * ```ts
 * const stack = useEdge({ MAX_BODY_BYTES: '16' });
 * it('serves /', async () => {
 *   await stack.edge.dispatchFetch(`${PUBLIC_URL}/`);
 *   expect(stack.web.received).toHaveLength(1);
 * });
 * ```
 */
export function useEdge(vars: Record<string, string> = {}): EdgeFixture {
  const fixture = useOrigins() as EdgeFixture;
  beforeAll(async () => {
    fixture.edge = await startEdge({ ROUTER_ORIGIN: fixture.router.url, WEB_ORIGIN: fixture.web.url, ...vars });
  });
  afterAll(() => fixture.edge?.dispose());
  return fixture;
}

/** A recording router and web origin, and `scripts/dev.mjs` in front of them, as `pnpm start` runs the edge. */
export interface DevServerFixture {
  router: Origin;
  web: Origin;
  dev: DevServer;
}

/**
 * Like `useEdge`, with the real dev server (wrangler dev behind its strict front) instead of Miniflare: for tests
 * that need what happens before the worker runs. Started once per file, since it takes seconds.
 *
 * @example
 * ```ts
 * const stack = useDevServer();
 * it('refuses', async () => expect((await sendRaw(stack.dev.port, 'GET / HTTP/1.1\r\n\r\n')).status).toBe(400));
 * ```
 */
export function useDevServer(): DevServerFixture {
  const fixture = useOrigins() as DevServerFixture;
  beforeAll(async () => {
    fixture.dev = await startDevServer({ ROUTER_ORIGIN: fixture.router.url, WEB_ORIGIN: fixture.web.url });
  });
  afterAll(() => fixture.dev?.kill());
  return fixture;
}

function useOrigins(): { router: Origin; web: Origin } {
  const origins = {} as { router: Origin; web: Origin };
  beforeAll(async () => {
    [origins.router, origins.web] = await Promise.all([startOrigin('router'), startOrigin('web')]);
  });
  afterAll(() => Promise.all([origins.router?.close(), origins.web?.close()]));
  beforeEach(() => {
    origins.router.reset();
    origins.web.reset();
  });
  return origins;
}
