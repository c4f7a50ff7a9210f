import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from './output.js';
import type { ServiceStatus } from './supervised-service.js';

/** Where a running stack records its URLs and services, for commands such as `pnpm etl` that act on it. */
export const stateFile = (dataDir: string) => join(dataDir, 'stack.json');

/** What `stack.json` holds besides the services. */
export interface StackAddresses {
  /** The one public URL: the edge worker. */
  url: string;
  databaseUrls: Record<string, string>;
  redisUrl: string;
}

/**
 * Keeps `<data dir>/stack.json` up to date: the launcher's pid, the stack's URLs, and each service's
 * origin, pid, state and restart count, rewritten on every change. Each version is written beside the file
 * and renamed over it, so a reader never sees half of one.
 *
 * @example
 * const state = recordStackState(stateFile(dataDir), { url, databaseUrls, redisUrl }, log);
 * state.service('catalog', 'http://127.0.0.1:4001', { pid: 4242, state: 'ready', restarts: 0 });
 * // stack.json: { "pid": …, "url": …, "services": { "catalog": { "origin": …, "pid": 4242, "state": "ready", "restarts": 0 } } }
 * await state.remove();
 */
export function recordStackState(path: string, addresses: StackAddresses, log: Logger) {
  const services: Record<string, ServiceStatus & { origin: string }> = {};
  let written: Promise<void> = Promise.resolve();
  let removed = false;
  const write = () => {
    if (removed) return;
    written = written
      .then(async () => {
        const text = `${JSON.stringify({ pid: process.pid, ...addresses, services }, null, 2)}\n`;
        await writeFile(`${path}.next`, text, { mode: 0o600 });
        await rename(`${path}.next`, path);
      })
      .catch((error: unknown) => log.warn(`could not record the stack's state in ${path}: ${String(error)}`));
  };
  write();
  return {
    service(name: string, origin: string, status: ServiceStatus) {
      services[name] = { origin, ...status };
      write();
    },
    /** Removes the file once the last write is done; later changes are not recorded. */
    async remove() {
      removed = true;
      await written;
      await rm(path, { force: true });
    },
  };
}
