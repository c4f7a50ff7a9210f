import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@learngraph/service-kit/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/output.js';
import { type RunningPostgres, startPostgres } from '../../src/postgres.js';
import { catalogEditor } from '../support/catalog-editor.js';
import { caughtUp, deadLetterStream, openLedger, waitForCatchUp } from '../support/event-ledger.js';
import { type FaultSystem, type StackState, startFaultSystem } from '../support/fault-system.js';
import { waitUntil } from '../support/poll.js';
import { answered, fire, prepareQueryKinds, type QueryKind, type Shot } from '../support/query-kinds.js';

const stream = 'learngraph:catalog:events';
const sorted = (ids: string[]) => [...ids].sort();
const pids = (state: StackState) =>
  Object.fromEntries(Object.entries(state.services).map(([name, service]) => [name, [service.pid, service.restarts]]));

describe('PostgreSQL restarted under the running system', () => {
  const said: string[] = [];
  const log: Logger = { info: (line) => said.push(line), warn: (line) => said.push(line), debug: () => {} };
  let dataDir: string;
  let startOwnPostgres: () => Promise<RunningPostgres>;
  let postgres: RunningPostgres;
  let system: FaultSystem;
  let kinds: QueryKind[];
  let redis: Redis;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'learngraph-faults-postgres-'));
    // As root, PostgreSQL runs as its own system user, which must be able to enter the directory.
    await chmod(dataDir, 0o755);
    const port = await freePort();
    startOwnPostgres = () => startPostgres({ serverUrl: undefined, dataDir, port, log });
    postgres = await startOwnPostgres();
    system = await startFaultSystem({ POSTGRES_URL: postgres.url });
    kinds = await prepareQueryKinds(system);
    redis = new Redis((await system.state()).redisUrl);
  });
  afterAll(async () => {
    redis?.disconnect();
    await system?.stop();
    await postgres?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  beforeEach(({ onTestFailed }) => onTestFailed(() => console.error(`The launcher said:\n${system.story()}`)));

  const askEveryKind = () => Promise.all(kinds.map((kind) => fire(`${system.url}/graphql`, kind)));
  /** Answered 200, every error being DATABASE_UNAVAILABLE from one of the subgraphs the query needs. */
  const databaseUnavailable = (shot: Shot) =>
    shot.status === 200 &&
    shot.errors.length > 0 &&
    shot.errors.every((error) => error.extensions?.code === 'DATABASE_UNAVAILABLE');
  /** How many times search was handed each event it has not acknowledged. */
  const searchDeliveries = async () =>
    ((await redis.xpending(stream, 'search', '-', '+', 100)) as Array<[string, string, number, number]>).map(
      ([, , , deliveries]) => deliveries,
    );

  it('answers coded errors while it is down, restarts nothing, loses no event, and answers again once it is back', {
    timeout: 300_000,
  }, async () => {
    const before = await system.state();
    const ledger = openLedger(before);
    try {
      // Search is paused while three resources are created, so that their events wait for it in the stream.
      process.kill(before.services.search?.pid ?? 0, 'SIGSTOP');
      const editor = catalogEditor(system);
      const created = [
        await editor.create('outage-1'),
        await editor.create('outage-2'),
        await editor.create('outage-3'),
      ];
      await waitUntil(
        'learning-paths has applied the new resources',
        () => ledger.read(created),
        (now) => created.every((id) => now.versions.learningPaths.get(id) === 1),
      );

      await postgres.stop();
      process.kill(before.services.search?.pid ?? 0, 'SIGCONT');
      const meanwhile = await askEveryKind();
      expect(meanwhile.filter((shot) => !databaseUnavailable(shot))).toEqual([]);
      const router = before.services.router?.origin;
      expect(await (await fetch(`${router}/health/ready`)).json()).toEqual({
        status: 'degraded',
        subgraphs: {
          catalog: 'unavailable',
          users: 'unavailable',
          search: 'unavailable',
          'learning-paths': 'unavailable',
        },
      });
      // Search fails to apply what it was handed as long as its database is away: that must wait, not be
      // dead-lettered, however often it is handed over (five times would have dead-lettered it).
      await waitUntil(
        'search has been handed a waiting event five times (or has dead-lettered it)',
        async () => ({ deliveries: await searchDeliveries(), deadLetters: await redis.xlen(deadLetterStream) }),
        ({ deliveries, deadLetters }) => deadLetters > 0 || deliveries.some((count) => count >= 5),
        { timeoutMs: 120_000, intervalMs: 250 },
      );
      expect(pids(await system.state())).toEqual(pids(before));

      postgres = await startOwnPostgres();
      await waitUntil('every kind of query answers again', askEveryKind, (shots) => shots.every(answered));
      const { after, regressed } = await waitForCatchUp(ledger, created, await ledger.read(created));
      expect(caughtUp(after)).toBe(true);
      expect(regressed).toEqual([]);
      expect(sorted(after.inbox.search)).toEqual(sorted(after.outbox.ids));
      expect(after.deadLetters).toBe(0);
      expect(pids(await system.state())).toEqual(pids(before));
    } finally {
      await ledger.close();
    }
  });
});
