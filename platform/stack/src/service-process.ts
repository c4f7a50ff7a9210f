import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

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

export interface RunningService {
  name: string;
  stop(): Promise<void>;
}

/** Copies a child's output line by line with a `[name]` prefix, so interleaved logs stay readable. */
function relay(child: ChildProcess, name: string): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => process.stderr.write(`[${name}] ${line}\n`));
  }
}

function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts one service process and resolves once its health URL answers 200; rejects (and stops the
 * process) when it exits first or does not become healthy in time.
 */
export async function startService(spec: ServiceSpec): Promise<RunningService> {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  relay(child, spec.name);
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) =>
      reject(new Error(`${spec.name} exited (${signal ?? `code ${code}`}) while starting`)),
    );
    child.once('error', reject);
  });
  const deadline = Date.now() + (spec.startTimeoutMs ?? 60_000);
  const healthy = (async () => {
    for (;;) {
      const ok = await fetch(spec.healthUrl, { signal: AbortSignal.timeout(2000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`${spec.name} did not become healthy at ${spec.healthUrl}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  try {
    await Promise.race([healthy, exited]);
  } catch (error) {
    await stopChild(child, 2000);
    throw error;
  }
  exited.catch(() => {});
  return { name: spec.name, stop: () => stopChild(child, 10_000) };
}
