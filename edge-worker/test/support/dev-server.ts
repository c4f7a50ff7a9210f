import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { deadOrigin } from './origin';

const devScript = join(import.meta.dirname, '..', '..', 'scripts', 'dev.mjs');

/** A running `scripts/dev.mjs`, the local edge that `pnpm start` serves. */
export interface DevServer {
  port: number;
  process: ChildProcess;
  /** Everything it has printed so far, stdout and stderr together. */
  output: () => string;
  /** Kills the whole process group (the script, wrangler, workerd), whatever state it is in. */
  kill: () => void;
}

/**
 * Starts the dev server on a free port with the given origins and resolves once it prints that it is ready.
 *
 * @example
 * ```ts
 * const dev = await startDevServer({ ROUTER_ORIGIN: router.url, WEB_ORIGIN: web.url });
 * await fetch(`http://127.0.0.1:${dev.port}/`);
 * dev.kill();
 * ```
 */
export async function startDevServer(vars: { ROUTER_ORIGIN: string; WEB_ORIGIN: string }): Promise<DevServer> {
  const port = Number(new URL(await deadOrigin()).port);
  const child = spawn(process.execPath, [devScript], {
    env: { ...process.env, EDGE_PORT: String(port), ...vars },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that cleanup can reach wrangler and workerd even if the script failed to.
    detached: true,
  });
  let output = '';
  const server: DevServer = {
    port,
    process: child,
    output: () => output,
    kill: () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // ESRCH: the whole group has already exited, as it should.
      }
    },
  };
  await new Promise<void>((resolve, reject) => {
    const record = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(`Ready on http://127.0.0.1:${port}`)) resolve();
    };
    child.stdout?.on('data', record);
    child.stderr?.on('data', record);
    child.on('exit', () => reject(new Error(`dev server exited before it was ready:\n${output}`)));
  });
  return server;
}
