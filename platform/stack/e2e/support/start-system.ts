import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@learngraph/service-kit/testing';

/** The repository root: the nearest folder up from here with `pnpm-workspace.yaml` (also from a compiled copy). */
function findRepoRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
  }
  throw new Error('start-system: not inside the Learngraph repository');
}

/** The repository this scenario runs in (its `platform/stack/dist` is what it starts). */
export const repoRoot = findRepoRoot();

export interface RunningSystem {
  url: string;
  /** The system's data directory: its keys, `stack.json`, the embedded database. */
  dataDir: string;
  ports: Record<string, number>;
  output: () => string;
  /** Sends SIGINT, as Ctrl-C would, resolves with the exit code, and removes the data directory. */
  interrupt(): Promise<number | null>;
}

/**
 * Runs the system exactly as `pnpm start` does after building — the launcher's own entry point with
 * its defaults (embedded PostgreSQL, local Redis or the stand-in, the demo import) — except that it
 * gets a fresh data directory (removed when it is interrupted) and free ports, so it never collides with a
 * developer's running system.
 */
export async function startSystem(extraEnv: Record<string, string> = {}): Promise<RunningSystem> {
  const names = [
    'EDGE',
    'WEB',
    'ROUTER',
    'CATALOG',
    'USERS',
    'SEARCH',
    'LEARNING_PATHS',
    'EMBEDDED_POSTGRES',
    'LOCAL_REDIS',
  ];
  const ports: Record<string, number> = {};
  for (const name of names) ports[name] = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'learngraph-e2e-'));
  // As root, the embedded PostgreSQL runs as its own system user, which must be able to enter the directory.
  await chmod(dataDir, 0o755);
  const { POSTGRES_URL: _postgres, REDIS_URL: _redis, ...inherited } = process.env as Record<string, string>;
  const env: Record<string, string> = {
    ...inherited,
    LEARNGRAPH_DATA_DIR: dataDir,
    ...Object.fromEntries(names.map((name) => [`${name}_PORT`, String(ports[name])])),
    ...extraEnv,
  };
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'platform/stack/dist/main.js')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the system did not come up:\n${output}`)), 240_000);
    child.stdout?.on('data', () => {
      const match = /Learngraph is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the launcher exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    ports,
    output: () => output,
    interrupt: () =>
      new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGINT');
      }).finally(() => rm(dataDir, { recursive: true, force: true })),
  };
}
