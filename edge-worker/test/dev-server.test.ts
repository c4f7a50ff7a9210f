import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startDevServer } from './support/dev-server';
import { type Origin, startOrigin } from './support/origin';

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

describe('the dev server (scripts/dev.mjs, what `pnpm dev` runs)', () => {
  let router: Origin;
  let web: Origin;
  let dev: DevServer;

  beforeAll(async () => {
    [router, web] = await Promise.all([startOrigin('router'), startOrigin('web')]);
    dev = await startDevServer({ ROUTER_ORIGIN: router.url, WEB_ORIGIN: web.url });
  });
  afterAll(async () => {
    dev?.kill();
    await Promise.all([router?.close(), web?.close()]);
  });

  it('serves on EDGE_PORT with the origins given in ROUTER_ORIGIN and WEB_ORIGIN', async () => {
    const graphql = await fetch(`http://127.0.0.1:${dev.port}/graphql?op=Topics`, { method: 'POST', body: '{}' });
    const page = await fetch(`http://127.0.0.1:${dev.port}/resources/x?y=1`);

    expect(await graphql.text()).toBe('router POST /graphql?op=Topics');
    expect(await page.text()).toBe('web GET /resources/x?y=1');
  });

  it('stops on SIGTERM with exit code 0, and its workerd stops listening', async () => {
    const exited = once(dev.process, 'exit');
    dev.process.kill('SIGTERM');
    const [code] = await exited;

    expect(code).toBe(0);
    // The script exits when wrangler does; the kernel may release workerd's socket a moment later.
    await expect.poll(() => isListening(dev.port), { timeout: 10_000, interval: 100 }).toBe(false);
  });
});
