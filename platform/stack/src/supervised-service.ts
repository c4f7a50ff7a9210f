import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from './output.js';
import { type ServiceProcess, type ServiceSpec, spawnService } from './service-process.js';

/** How the launcher restarts a service that ended on its own. */
export interface RestartPolicy {
  /** Wait before the first restart; each further restart in a row waits twice as long. */
  initialDelayMs: number;
  /** The longest wait between restarts. */
  maxDelayMs: number;
  /** A service that stayed ready this long has recovered: its next restart waits `initialDelayMs` again. */
  resetAfterMs: number;
}

export type ServiceState = 'starting' | 'ready' | 'restarting' | 'stopped';

/** What the launcher knows of a service at a moment: its process (none while waiting to restart), its state. */
export interface ServiceStatus {
  pid: number | null;
  state: ServiceState;
  /** Restarts since the stack started. */
  restarts: number;
}

export interface SupervisedService {
  /** Resolves once the service is first ready; rejects (the process stopped) if it never gets there. */
  ready: Promise<void>;
  /** Ends supervision: nothing is restarted any more, and what runs keeps running until `stop`. */
  halt(): void;
  /** Halts supervision, then stops the process (SIGTERM, SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

export interface SupervisionOptions {
  policy: RestartPolicy;
  log: Logger;
  /** Told every change of the service's process or state. */
  onChange: (status: ServiceStatus) => void;
}

const seconds = (ms: number) => `${ms / 1000} s`;

/**
 * Runs a service and keeps it running: once it has been ready, a process that ends while supervision
 * lasts is started again after a wait that doubles with each restart in a row (see `RestartPolicy`), and
 * counts as back when its health URL answers, as at start. Each end and each return is logged.
 *
 * @example
 * const catalog = superviseService(spec, { policy, log, onChange: (status) => state.record('catalog', status) });
 * await catalog.ready;
 * // stderr: [stack] catalog exited (SIGKILL); restarting in 0.5 s (restart 1)
 * // stderr: [stack] catalog is ready again
 * await catalog.stop();
 */
export function superviseService(spec: ServiceSpec, options: SupervisionOptions): SupervisedService {
  const { policy, log, onChange } = options;
  const halting = new AbortController();
  let current: ServiceProcess = spawnService(spec);
  let restarts = 0;
  let inARow = 0;
  let readySince = 0;
  const report = (state: ServiceState, pid = current.pid ?? null) => onChange({ pid, state, restarts });

  const becameReady = () => {
    readySince = Date.now();
    report('ready');
    const watched = current;
    void watched.exited.then((how) => {
      if (!halting.signal.aborted) void restart(`${spec.name} exited (${how})`);
    });
  };

  const restart = async (reason: string) => {
    if (Date.now() - readySince >= policy.resetAfterMs) inARow = 0;
    while (!halting.signal.aborted) {
      inARow += 1;
      restarts += 1;
      const wait = Math.min(policy.initialDelayMs * 2 ** (inARow - 1), policy.maxDelayMs);
      log.info(`${reason}; restarting in ${seconds(wait)} (restart ${restarts})`);
      report('restarting', null);
      await delay(wait, undefined, { signal: halting.signal }).catch(() => {});
      if (halting.signal.aborted) return;
      try {
        current = spawnService(spec);
        report('restarting');
        await current.ready;
        log.info(`${spec.name} is ready again`);
        becameReady();
        return;
      } catch (error) {
        // It may still be running (it did not become healthy in time).
        await current.stop(2000);
        reason = error instanceof Error ? error.message : String(error);
      }
    }
  };

  report('starting');
  const ready = current.ready.then(becameReady, async (error: unknown) => {
    await current.stop(2000);
    report('stopped');
    throw error;
  });
  const halt = () => halting.abort();
  return {
    ready,
    halt,
    // Longer than any service's own shutdown deadline (the router's is its subgraph timeout plus 5 s).
    async stop(graceMs = 20_000) {
      halt();
      await current.stop(graceMs);
      report('stopped');
    },
  };
}
