import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testServerUrl } from '@learngraph/prisma';
import { freePort, portIsClosed, testRedisUrl } from '@learngraph/service-kit/testing';
import { afterAll, describe, expect, it } from 'vitest';

const stackDir = fileURLToPath(new URL('..', import.meta.url));
const launcher = join(stackDir, 'dist/test-launcher.js');
const vitest = join(stackDir, 'node_modules/vitest/vitest.mjs');
const probe = [process.execPath, vitest, 'run', '--config', join(stackDir, 'test/launcher-probe/vitest.config.ts')];
/** The browser the browser tests of this run use: the one the launcher should find. */
const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const temporaryDirs: string[] = [];
afterAll(async () => {
  for (const dir of temporaryDirs) await rm(dir, { recursive: true, force: true });
});

const waitFor = async (condition: () => Promise<boolean>, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/**
 * An environment in which the usual servers are out of reach: every variable a test could fall back on
 * points at a closed port, no browser is where one is usually installed (the only candidate is `browser`,
 * after one that does not exist), HOME is empty, and temporary files go to a directory of this test's own.
 */
async function outOfReach(overrides: Record<string, string> = {}) {
  const closed = await freePort();
  const temp = await mkdtemp(join(tmpdir(), 'launcher-test-'));
  // As root, the embedded PostgreSQL runs as its own system user, which must be able to enter the directory.
  await chmod(temp, 0o755);
  const home = await mkdtemp(join(tmpdir(), 'launcher-home-'));
  temporaryDirs.push(temp, home);
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^(TEST_|VITEST|PG)/.test(name) && !['POSTGRES_URL', 'REDIS_URL', 'CHROMIUM_PATH'].includes(name),
  );
  const env: Record<string, string> = {
    ...Object.fromEntries(inherited),
    POSTGRES_URL: `postgresql://postgres@127.0.0.1:${closed}/postgres`,
    REDIS_URL: `redis://127.0.0.1:${closed}`,
    PGHOST: '127.0.0.1',
    PGPORT: String(closed),
    HOME: home,
    TMPDIR: temp,
    LEARNGRAPH_CHROMIUM_CANDIDATES: `${join(home, 'no-such-browser')}:${browser}`,
    ...overrides,
  };
  return { env, temp, home };
}

interface Launch {
  child: ChildProcess;
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
}

function launch(command: string[], env: Record<string, string>): Launch {
  const child = spawn(process.execPath, [launcher, '--', ...command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** The ports of the servers the launcher handed to its command, from the line it prints before running it. */
const serverPorts = (stderr: string) => {
  const match = /with PostgreSQL on 127\.0\.0\.1:(\d+), Redis on 127\.0\.0\.1:(\d+)/.exec(stderr);
  if (!match) throw new Error(`the launcher named no servers:\n${stderr}`);
  return [Number(match[1]), Number(match[2])];
};

/** Asserts that what the launcher started is gone: its servers' ports closed, its data directory removed. */
async function expectEverythingStopped(stderr: string, temp: string) {
  for (const port of serverPorts(stderr)) expect(await portIsClosed(port)).toBe(true);
  expect(stderr).toContain(`data in ${join(temp, 'learngraph-test-')}`);
  expect((await readdir(temp)).filter((entry) => entry.startsWith('learngraph-test-'))).toEqual([]);
}

/** A PATH on which node and `id` (the embedded PostgreSQL asks it for its user, as root) are, but no redis-server. */
async function pathWithoutRedis(home: string): Promise<string> {
  const bin = join(home, 'bin');
  await mkdir(bin);
  await symlink(process.execPath, join(bin, 'node'));
  const id = (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'id'))
    .find((path) => existsSync(path));
  if (id) await symlink(id, join(bin, 'id'));
  return bin;
}

describe('pnpm test, through its launcher', () => {
  it.each(['redis-server', 'the Redis stand-in'])(
    'with no server within reach, runs the tests against an embedded PostgreSQL and %s, then stops both',
    async (redis) => {
      const { env, temp, home } = await outOfReach();
      if (redis !== 'redis-server') env.PATH = await pathWithoutRedis(home);
      env.PROBE_REPORT = join(home, 'probe-report.json');
      const run = launch(probe, env);
      expect(await run.exited, run.stdout() + run.stderr()).toBe(0);
      expect(run.stderr()).toContain(redis === 'redis-server' ? 'Redis: started' : 'Redis stand-in');
      const report = JSON.parse(await readFile(env.PROBE_REPORT, 'utf8'));
      expect(report.CHROMIUM_PATH).toBe(browser);
      expect(serverPorts(run.stderr())).toEqual([
        Number(new URL(report.TEST_POSTGRES_URL).port),
        Number(new URL(report.TEST_REDIS_URL).port),
      ]);
      await expectEverythingStopped(run.stderr(), temp);
    },
  );

  it('passes the exit code of failing tests on, and still stops what it started', async () => {
    const { env, temp } = await outOfReach();
    const run = launch([process.execPath, '-e', 'process.exit(3)'], env);
    expect(await run.exited).toBe(3);
    await expectEverythingStopped(run.stderr(), temp);
  });

  it('on SIGINT stops the tests and then what it started, and exits 130', async () => {
    const { env, temp, home } = await outOfReach();
    const pidFile = join(home, 'tests.pid');
    const idle = `require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000);`;
    const run = launch([process.execPath, '-e', idle], env);
    await waitFor(() => readFile(pidFile, 'utf8').then(Boolean, () => false));
    const testsPid = Number(await readFile(pidFile, 'utf8'));
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(130);
    expect(() => process.kill(testsPid, 0)).toThrow();
    await expectEverythingStopped(run.stderr(), temp);
  });

  it('uses the servers named in TEST_POSTGRES_URL and TEST_REDIS_URL and starts none', async () => {
    const { env, temp } = await outOfReach({ TEST_POSTGRES_URL: testServerUrl(), TEST_REDIS_URL: testRedisUrl() });
    const run = launch(
      [process.execPath, '-p', 'process.env.TEST_POSTGRES_URL + " " + process.env.TEST_REDIS_URL'],
      env,
    );
    expect(await run.exited).toBe(0);
    expect(run.stdout().trim()).toBe(`${testServerUrl()} ${testRedisUrl()}`);
    expect(run.stderr()).not.toMatch(/embedded server|Redis: started|stand-in/);
    expect(await readdir(temp)).toEqual([]);
  });

  it('finds a Chromium that Playwright installed in its cache', async () => {
    const { env, home } = await outOfReach({ TEST_POSTGRES_URL: testServerUrl(), TEST_REDIS_URL: testRedisUrl() });
    const installed = join(home, '.cache/ms-playwright/chromium-1255/chrome-linux64/chrome');
    await mkdir(dirname(installed), { recursive: true });
    await symlink(browser, installed);
    env.LEARNGRAPH_CHROMIUM_CANDIDATES = join(home, 'no-such-browser');
    const run = launch([process.execPath, '-p', 'process.env.CHROMIUM_PATH'], env);
    expect(await run.exited).toBe(0);
    expect(run.stdout().trim()).toBe(installed);
  });

  it('without a browser, exits 1 with one message saying how to get one, and starts nothing', async () => {
    const { env, temp, home } = await outOfReach();
    env.LEARNGRAPH_CHROMIUM_CANDIDATES = join(home, 'no-such-browser');
    const marker = join(home, 'tests-ran');
    const run = launch(
      [process.execPath, '-e', `require('node:fs').writeFileSync(${JSON.stringify(marker)}, '')`],
      env,
    );
    expect(await run.exited).toBe(1);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Chromium.*npx playwright install chromium.*apt-get install chromium.*CHROMIUM_PATH/);
    expect(await readdir(temp)).toEqual([]);
    await expect(readFile(marker)).rejects.toThrow();
  });
});
