import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';
import { resource, seedResources } from './support/seed-resources.js';

const record = `mutation ($id: ID!, $visitorKey: String!) {
  learningResourceViewRecord(id: $id, visitorKey: $visitorKey) { success counted record { views } }
}`;

// stands in for the web server's HMAC: any 64 hex characters
const key = (visitor: string) => createHash('sha256').update(visitor).digest('hex');
const DAY_MS = 24 * 60 * 60 * 1000;
const today = () => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);

describe('recording views', () => {
  let catalog: CatalogUnderTest;
  let ids: Record<string, string>;

  beforeAll(async () => {
    catalog = await startCatalog();
    ids = await seedResources(catalog, [resource('viewed'), resource('gone'), resource('popular')]);
    await catalog.db.learningResource.update({ where: { id: ids.gone }, data: { published: false } });
  });
  afterAll(() => catalog.close());

  const view = (id: string | undefined, visitorKey: string) =>
    catalog.query<{ learningResourceViewRecord: { success: boolean; counted: boolean; record: { views: number } } }>(
      record,
      { id, visitorKey },
    );

  it('counts a visitor once a day, raises the version and writes the event search sorts by', async () => {
    const first = await view(ids.viewed, key('ada'));
    expect(first.data?.learningResourceViewRecord).toEqual({ success: true, counted: true, record: { views: 1 } });
    const again = await view(ids.viewed, key('ada'));
    expect(again.data?.learningResourceViewRecord).toEqual({ success: true, counted: false, record: { views: 1 } });
    const other = await view(ids.viewed, key('grace'));
    expect(other.data?.learningResourceViewRecord.record.views).toBe(2);

    const events = await catalog.db.outboxEvent.findMany({
      where: { aggregateId: ids.viewed, type: 'catalog.learning-resource.updated' },
      orderBy: { sequence: 'asc' },
    });
    expect(events.map((event) => [event.version, (event.payload as { views: number }).views])).toEqual([
      [2, 1],
      [3, 2],
    ]);
    // the keys only: nothing else about the visitor is kept
    expect(
      await catalog.db.resourceView.findMany({ where: { resourceId: ids.viewed }, select: { visitorKey: true } }),
    ).toHaveLength(2);
  });

  it('refuses a key that is not an HMAC in hex, an unknown or unpublished resource and a malformed id', async () => {
    const badKey = await view(ids.viewed, 'visitor@example.org');
    expect(badKey.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badKey.errors?.[0]?.message).toContain('visitorKey must be 64 lower-case hexadecimal characters');
    for (const id of [ids.gone, '0190b2a0-0000-7000-8000-00000000dead']) {
      expect((await view(id, key('ada'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await view('not-an-id', key('ada'))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts at most 5,000 views of a resource a day', async () => {
    const day = today();
    const resourceId = ids.popular ?? '';
    await catalog.db.resourceView.createMany({
      data: Array.from({ length: 5_000 }, (_, index) => ({ day, resourceId, visitorKey: key(`crowd-${index}`) })),
    });
    const extra = await view(resourceId, key('one more'));
    expect(extra.data?.learningResourceViewRecord).toMatchObject({ counted: false, record: { views: 0 } });
  });

  it('forgets the keys of days before yesterday', async () => {
    const resourceId = ids.viewed ?? '';
    const old = new Date(today().getTime() - 3 * DAY_MS);
    const yesterday = new Date(today().getTime() - DAY_MS);
    await catalog.db.resourceView.createMany({
      data: [
        { day: old, resourceId, visitorKey: key('long ago') },
        { day: yesterday, resourceId, visitorKey: key('yesterday') },
      ],
    });
    await view(resourceId, key('today'));
    const days = await catalog.db.resourceView.findMany({ where: { resourceId }, select: { day: true } });
    expect(days.map((row) => row.day.getTime())).not.toContain(old.getTime());
    expect(days.map((row) => row.day.getTime())).toContain(yesterday.getTime());
  });
});
