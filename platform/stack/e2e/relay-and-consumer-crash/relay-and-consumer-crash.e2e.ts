import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogEditor, inParallel } from '../support/catalog-editor.js';
import { openLedger, waitForCatchUp } from '../support/event-ledger.js';
import { type FaultSystem, startFaultSystem } from '../support/fault-system.js';
import { type OwnRedis, startOwnRedis } from '../support/own-redis.js';
import { waitUntil } from '../support/poll.js';

const stream = 'learngraph:catalog:events';
const sorted = (ids: string[]) => [...ids].sort();

describe('kill -9 of the relay and of the consumers in the middle of a batch', () => {
  let redis: OwnRedis;
  let system: FaultSystem;
  let ledger: ReturnType<typeof openLedger>;
  let admin: Redis;

  beforeAll(async () => {
    redis = await startOwnRedis();
    system = await startFaultSystem({ REDIS_URL: redis.url });
    ledger = openLedger(await system.state());
    admin = new Redis(redis.url);
    // Stopping and starting Redis below is part of the scenario; this client reconnects.
    admin.on('error', () => {});
  });
  afterAll(async () => {
    admin?.disconnect();
    await ledger?.close();
    await system?.stop();
    await redis?.close();
  });
  beforeEach(({ onTestFailed }) => onTestFailed(() => console.error(`The launcher said:\n${system.story()}`)));

  /** Entries the group's consumers were handed and have not acknowledged. */
  const pending = async (group: string) => Number(((await admin.xpending(stream, group)) as [number])[0]);

  /** Kills the consumer once it holds a large batch it has not finished; resolves with its pid and the batch. */
  const killMidBatch = async (service: 'search' | 'learning-paths') => {
    const inHand = await waitUntil(
      `${service} holds a batch it has not finished`,
      () => pending(service),
      (count) => count >= 20,
      { intervalMs: 10 },
    );
    return { killed: await system.kill(service), inHand };
  };

  it('applies every event once, none twice and none dead-lettered, after the relay and both consumers die mid-batch', {
    timeout: 300_000,
  }, async () => {
    const editor = catalogEditor(system);
    // A backlog builds up in the outbox while Redis is away: 150 creations and 30 updates.
    await redis.stop();
    const created = await inParallel(
      Array.from({ length: 150 }, (_, index) => `batch-${index}`),
      6,
      (readableId) => editor.create(readableId),
    );
    await inParallel(created.slice(0, 30), 6, (id) => editor.update(id, 'Renamed mid-batch'));

    // With the outbox held, the relay publishes its first batch of 100 and then waits to mark it published.
    const letGo = await ledger.holdOutbox();
    await redis.start();
    const consumers = Promise.all([killMidBatch('search'), killMidBatch('learning-paths')]);
    // Awaited below, where a failure is reported; until then it must not count as unhandled.
    consumers.catch(() => {});
    await waitUntil(
      'the relay has published a batch it cannot mark yet',
      () => ledger.relaysWaitingToMark(),
      (n) => n > 0,
    );
    const inTheStream = await admin.xlen(stream);
    const relayPid = await system.kill('catalog');
    await letGo();
    const [search, learningPaths] = await consumers;
    await system.waitForReturn('catalog', relayPid);
    await system.waitForReturn('search', search.killed);
    await system.waitForReturn('learning-paths', learningPaths.killed);

    const { after, regressed } = await waitForCatchUp(ledger, created, await ledger.read(created));
    const published = await admin.xlen(stream);
    console.info(
      `the relay died with ${inTheStream} events in the stream, none marked published; the consumers died holding ` +
        `${search.inHand} (search) and ${learningPaths.inHand} (learning-paths) entries; ` +
        `${after.outbox.ids.length} events became ${published} stream entries`,
    );
    expect(inTheStream).toBeGreaterThan(0);
    expect(after.versions.catalog.size).toBe(150);
    expect(regressed).toEqual([]);
    expect(sorted(after.inbox.search)).toEqual(sorted(after.outbox.ids));
    expect(sorted(after.inbox.learningPaths)).toEqual(sorted(after.outbox.ids));
    expect(after.deadLetters).toBe(0);
    expect(await pending('search')).toBe(0);
    expect(await pending('learning-paths')).toBe(0);
  });
});
