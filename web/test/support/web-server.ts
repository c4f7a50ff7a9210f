import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

export const webRoot = fileURLToPath(new URL('../..', import.meta.url));
export const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Runs `next start` on the built app (see build-once.ts), on a free port of 127.0.0.1, with the given
 * environment on top of this process's, and waits until it answers HTTP.
 * @example const web = await startWebServer({ ROUTER_URL: router.url });
 */
export async function startWebServer(env: Record<string, string>): Promise<WebServer> {
  const port = await freePort();
  const child = spawnNext(['start', '--hostname', '127.0.0.1', '--port', String(port)], env);
  const close = () => stopProcess(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, child);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, close };
}

/**
 * Spawns the Next.js CLI in the web package, in its own process group so that `stopProcess` ends all of it.
 * @example const child = spawnNext(['start'], { ROUTER_URL: 'ftp://nowhere' });
 */
export function spawnNext(args: string[], env: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [nextBin, ...args], {
    cwd: webRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return Object.assign(child, { output: () => output });
}

/** Resolves with the exit code once the process has ended. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Ends a process started by `spawnNext` with its whole process group: SIGTERM, then SIGKILL after 5 s.
 * @example onTestFinished(() => stopProcess(child));
 */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const done = exited(child);
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
  await done;
  clearTimeout(timer);
}

async function waitForHttp(url: string, child: ChildProcess & { output: () => string }): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${child.output()}`);
    try {
      // a path no route serves: the not-found page answers without asking the router
      await fetch(`${url}/__ready`, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`next start did not answer within 30 s:\n${child.output()}`);
}
