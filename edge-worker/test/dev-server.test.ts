import { once } from 'node:events';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useDevServer } from './support/fixtures';

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
  const stack = useDevServer();

  it('serves on EDGE_PORT with the origins given in ROUTER_ORIGIN and WEB_ORIGIN', async () => {
    const graphql = await fetch(`http://127.0.0.1:${stack.dev.port}/graphql?op=Topics`, { method: 'POST', body: '{}' });
    const page = await fetch(`http://127.0.0.1:${stack.dev.port}/resources/x?y=1`);

    expect(await graphql.text()).toBe('router POST /graphql?op=Topics');
    expect(await page.text()).toBe('web GET /resources/x?y=1');
  });

  it('stops on SIGTERM with exit code 0, and neither it nor its workerd listens any more', async () => {
    const workerdPort = Number(/workerd ready on http:\/\/127\.0\.0\.1:(\d+)/.exec(stack.dev.output())?.[1]);
    const exited = once(stack.dev.process, 'exit');
    stack.dev.process.kill('SIGTERM');
    const [code] = await exited;

    expect(code).toBe(0);
    expect(workerdPort).toBeGreaterThan(0);
    // The script exits when wrangler does; workerd's socket may be released a moment later.
    for (const port of [stack.dev.port, workerdPort]) {
      await expect.poll(() => isListening(port), { timeout: 10_000, interval: 100 }).toBe(false);
    }
  });
});
