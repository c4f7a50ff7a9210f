import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadOrigin, type Origin, startOrigin } from './support/origin';

const devScript = join(import.meta.dirname, '..', 'scripts', 'dev.mjs');

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
  let port: number;
  let dev: ChildProcess;
  let output = '';

  beforeAll(async () => {
    [router, web] = await Promise.all([startOrigin('router'), startOrigin('web')]);
    port = Number(new URL(await deadOrigin()).port);
    dev = spawn(process.execPath, [devScript], {
      env: { ...process.env, EDGE_PORT: String(port), ROUTER_ORIGIN: router.url, WEB_ORIGIN: web.url },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that cleanup can reach wrangler and workerd even if the script failed to.
      detached: true,
    });
    dev.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    await new Promise<void>((resolve, reject) => {
      dev.stdout?.on('data', (chunk) => {
        output += chunk;
        if (output.includes(`Ready on http://127.0.0.1:${port}`)) resolve();
      });
      dev.on('exit', () => reject(new Error(`dev server exited before it was ready:\n${output}`)));
    });
  });
  afterAll(async () => {
    try {
      if (dev?.pid) process.kill(-dev.pid, 'SIGKILL');
    } catch {
      // ESRCH: the whole group has already exited, as it should.
    }
    await Promise.all([router?.close(), web?.close()]);
  });

  it('serves on EDGE_PORT with the origins given in ROUTER_ORIGIN and WEB_ORIGIN', async () => {
    const graphql = await fetch(`http://127.0.0.1:${port}/graphql?op=Topics`, { method: 'POST', body: '{}' });
    const page = await fetch(`http://127.0.0.1:${port}/resources/x?y=1`);

    expect(await graphql.text()).toBe('router POST /graphql?op=Topics');
    expect(await page.text()).toBe('web GET /resources/x?y=1');
  });

  it('stops on SIGTERM with exit code 0, and its workerd stops listening', async () => {
    const exited = once(dev, 'exit');
    dev.kill('SIGTERM');
    const [code] = await exited;

    expect(code).toBe(0);
    expect(await isListening(port)).toBe(false);
  });
});
