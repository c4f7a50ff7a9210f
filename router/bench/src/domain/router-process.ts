import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from '@learngraph/service-kit/testing';

const routerBinary = fileURLToPath(new URL('../../../../../dist/index.js', import.meta.url));

/**
 * Our router as production runs it, in a process of its own on a free port, over a running system's subgraphs,
 * with `env` on top (the caches' flags); resolves once its `/health` answers.
 *
 * @example
 * const router = await startRouterProcess({ ...systemEnv, ENTITY_CACHE: 'true' });
 */
export async function startRouterProcess(env: Record<string, string>) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [routerBinary, '--port', String(port)], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`the router exited with ${child.exitCode}`);
      return (await fetch(`${origin}/health`).catch(() => undefined))?.status === 200;
    },
    { timeoutMs: 30_000, intervalMs: 100 },
  );
  return {
    url: `${origin}/graphql`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
