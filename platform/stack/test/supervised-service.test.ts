import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/output.js';
import type { ServiceSpec } from '../src/service-process.js';
import { type RestartPolicy, type ServiceStatus, superviseService } from '../src/supervised-service.js';

const tinyService = fileURLToPath(new URL('./support/tiny-service.mjs', import.meta.url));

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A supervised tiny service, with what it logged and every status it reported. */
async function supervise(policy: RestartPolicy, brokenFlag: string) {
  const port = await freePort();
  const spec: ServiceSpec = {
    name: 'tiny',
    command: process.execPath,
    args: [tinyService],
    env: { PORT: String(port), BROKEN_FLAG: brokenFlag },
    cwd: tmpdir(),
    healthUrl: `http://127.0.0.1:${port}/`,
    startTimeoutMs: 10_000,
  };
  const lines: string[] = [];
  const log: Logger = { info: (line) => lines.push(line), warn: (line) => lines.push(line), debug: () => {} };
  const statuses: ServiceStatus[] = [];
  const service = superviseService(spec, { policy, log, onChange: (status) => statuses.push(status) });
  await service.ready;
  const last = () => statuses.at(-1) as ServiceStatus;
  const seen = () => `${lines.join('\n')}\n${JSON.stringify(last())}`;
  /** Kills the running process outright and waits until another is ready in its place. */
  const killAndWaitForReturn = async () => {
    const { pid, restarts } = last();
    process.kill(pid ?? 0, 'SIGKILL');
    await waitFor(() => last().state === 'ready' && last().restarts > restarts, { timeoutMs: 15_000, seen });
    return last();
  };
  return { service, lines, last, seen, killAndWaitForReturn };
}

describe('a supervised service', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'supervised-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is restarted when killed, with a new pid, and says so', async () => {
    const tiny = await supervise({ initialDelayMs: 50, maxDelayMs: 1000, resetAfterMs: 60_000 }, join(dir, 'never'));
    const first = tiny.last();
    expect(first).toMatchObject({ state: 'ready', restarts: 0 });
    const back = await tiny.killAndWaitForReturn();
    expect(back.pid).not.toBe(first.pid);
    expect(back).toMatchObject({ state: 'ready', restarts: 1 });
    expect(tiny.lines).toEqual(['tiny exited (SIGKILL); restarting in 0.05 s (restart 1)', 'tiny is ready again']);
    await tiny.service.stop();
  });

  it('waits twice as long for each restart in a row, up to the limit, while it fails to start', async () => {
    const flag = join(dir, 'broken');
    const tiny = await supervise({ initialDelayMs: 50, maxDelayMs: 200, resetAfterMs: 60_000 }, flag);
    await writeFile(flag, '');
    process.kill(tiny.last().pid ?? 0, 'SIGKILL');
    await waitFor(() => tiny.last().restarts >= 4, { timeoutMs: 15_000, seen: tiny.seen });
    await rm(flag);
    await waitFor(() => tiny.last().state === 'ready', { timeoutMs: 15_000, seen: tiny.seen });
    expect(tiny.lines.slice(0, 4)).toEqual([
      'tiny exited (SIGKILL); restarting in 0.05 s (restart 1)',
      'tiny exited (code 1) while starting; restarting in 0.1 s (restart 2)',
      'tiny exited (code 1) while starting; restarting in 0.2 s (restart 3)',
      'tiny exited (code 1) while starting; restarting in 0.2 s (restart 4)',
    ]);
    expect(tiny.lines.at(-1)).toBe('tiny is ready again');
    // Ready again, but not for long enough to count as recovered: the next wait keeps growing.
    await tiny.killAndWaitForReturn();
    expect(tiny.lines.at(-2)).toMatch(/^tiny exited \(SIGKILL\); restarting in 0\.2 s/);
    await tiny.service.stop();
  });

  it('starts again from the first wait once it has stayed ready long enough', async () => {
    const tiny = await supervise({ initialDelayMs: 50, maxDelayMs: 1000, resetAfterMs: 1 }, join(dir, 'never'));
    await tiny.killAndWaitForReturn();
    await tiny.killAndWaitForReturn();
    expect(tiny.lines.filter((line) => line.includes('restarting'))).toEqual([
      'tiny exited (SIGKILL); restarting in 0.05 s (restart 1)',
      'tiny exited (SIGKILL); restarting in 0.05 s (restart 2)',
    ]);
    await tiny.service.stop();
  });

  it('is not restarted once stopped', async () => {
    const tiny = await supervise({ initialDelayMs: 50, maxDelayMs: 1000, resetAfterMs: 60_000 }, join(dir, 'never'));
    const { pid } = tiny.last();
    await tiny.service.stop();
    expect(isRunning(pid ?? 0)).toBe(false);
    expect(tiny.last()).toEqual({ pid, state: 'stopped', restarts: 0 });
    expect(tiny.lines).toEqual([]);
  });
});
