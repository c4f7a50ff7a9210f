import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogEditor } from '../support/catalog-editor.js';
import { caughtUp, openLedger, waitForCatchUp } from '../support/event-ledger.js';
import { type FaultSystem, startFaultSystem } from '../support/fault-system.js';
import { type OwnRedis, startOwnRedis } from '../support/own-redis.js';
import { waitUntil } from '../support/poll.js';

const sorted = (ids: string[]) => [...ids].sort();

describe('Redis stopped during a burst of catalog edits', () => {
  let redis: OwnRedis;
  let system: FaultSystem;
  let ledger: ReturnType<typeof openLedger>;

  beforeAll(async () => {
    redis = await startOwnRedis();
    system = await startFaultSystem({ REDIS_URL: redis.url });
    ledger = openLedger(await system.state());
  });
  afterAll(async () => {
    await ledger?.close();
    await system?.stop();
    await redis?.close();
  });
  beforeEach(({ onTestFailed }) => onTestFailed(() => console.error(`The launcher said:\n${system.story()}`)));

  it('takes every edit, holds the events in the outbox, and delivers each exactly once when Redis is back', async () => {
    const editor = catalogEditor(system);
    const before = [await editor.create('outage-before')];
    await waitUntil('both consumers hold the resource created before the outage', () => ledger.read(before), caughtUp);

    await redis.stop();
    const burst: string[] = [];
    for (let index = 1; index <= 12; index++) burst.push(await editor.create(`outage-${index}`));
    for (const id of burst.slice(0, 8)) await editor.update(id, 'Renamed while Redis was down');
    for (const id of burst.slice(8)) await editor.unpublish(id);
    // 12 creations, 8 updates and 4 unpublications: 24 events, none of which can have left the catalog
    expect(await ledger.unpublishedOf(burst)).toHaveLength(24);
    const meanwhile = await ledger.read(burst, { withRedis: false });
    expect([meanwhile.versions.search.size, meanwhile.versions.learningPaths.size]).toEqual([0, 0]);

    await redis.start();
    const resources = [...before, ...burst];
    const { after, regressed } = await waitForCatchUp(ledger, resources, meanwhile);
    expect(regressed).toEqual([]);
    expect(sorted(after.inbox.search)).toEqual(sorted(after.outbox.ids));
    expect(sorted(after.inbox.learningPaths)).toEqual(sorted(after.outbox.ids));
    expect(after.deadLetters).toBe(0);
  });
});
