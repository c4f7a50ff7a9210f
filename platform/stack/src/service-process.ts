import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';

export interface ServiceSpec {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  /** Polled until it answers 200. */
  healthUrl: string;
  /** How long the service may take to become healthy. */
  startTimeoutMs?: number;
}

export interface ServiceProcess {
  pid: number | undefined;
  /** Resolves, once the process has ended, with how it ended: `SIGKILL`, `code 70`. */
  exited: Promise<string>;
  /** Resolves once the health URL answers 200; rejects when the process ends first or takes too long. */
  ready: Promise<void>;
  /** Asks the process to stop (SIGTERM), kills it and what it started after `graceMs`; resolves once it ended. */
  stop(graceMs: number): Promise<void>;
}

/** Copies a child's output line by line with a `[name]` prefix, so interleaved logs stay readable. */
function relay(child: ChildProcess, name: string): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => process.stderr.write(`[${name}] ${line}\n`));
  }
}

/** Kills the process group the child leads: the child and whatever it started that is still there. */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // nothing of the group is left
  }
}

/** Polls the health URL until it answers 200; fails once the process has ended or the time is up. */
async function waitUntilHealthy(spec: ServiceSpec, exited: Promise<string>, hasEnded: () => boolean): Promise<void> {
  const deadline = Date.now() + (spec.startTimeoutMs ?? 60_000);
  for (;;) {
    if (hasEnded()) throw new Error(`${spec.name} exited (${await exited}) while starting`);
    const ok = await fetch(spec.healthUrl, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${spec.name} did not become healthy at ${spec.healthUrl}`);
    await Promise.race([delay(200), exited]);
  }
}

/**
 * Starts one service process, leading its own process group: a Ctrl-C in the terminal reaches only the
 * launcher, which stops the services in order, and a service killed outright leaves nothing behind (what
 * it started is killed with it).
 *
 * @example
 * const catalog = spawnService(spec);
 * await catalog.ready;
 * await catalog.stop(10_000);
 */
export function spawnService(spec: ServiceSpec): ServiceProcess {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  relay(child, spec.name);
  let ended = false;
  const exited = new Promise<string>((resolve) => {
    const end = (how: string) => {
      ended = true;
      killGroup(child);
      resolve(how);
    };
    child.once('exit', (code, signal) => end(signal ?? `code ${code}`));
    child.once('error', (error) => end(error.message));
  });
  const ready = waitUntilHealthy(spec, exited, () => ended);
  return {
    pid: child.pid,
    exited,
    ready,
    async stop(graceMs) {
      if (ended) return;
      const killer = setTimeout(() => killGroup(child), graceMs);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(killer);
    },
  };
}
