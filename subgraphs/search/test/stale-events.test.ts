import { randomUUID } from 'node:crypto';
import {
  createLogger,
  createRedis,
  type EventEnvelope,
  envelopeField,
  startStreamConsumer,
} from '@learngraph/service-kit';
import { testRedisUrl, waitFor } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogEvent, type SearchUnderTest, startSearch } from './support/search-under-test.js';

type Facet = Array<{ value: string; label: string | null; count: number }>;
type Found = {
  search: {
    edges: Array<{ node: { id: string } }>;
    facets: { topics: Facet; offerors: Facet; departments: Facet; platforms: Facet };
  };
};
const searchQuery = `query ($query: String!) {
  search(input: { query: $query }) {
    edges { node { id } }
    facets {
      topics { value label count } offerors { value label count }
      departments { value label count } platforms { value label count }
    }
  }
}`;

const topic = { id: randomUUID(), parentId: null, direct: true };
const named = (names: { topic: string; offeror: string; department: string; platform: string }) => ({
  topicTree: [{ ...topic, name: names.topic }],
  offeredBy: 'ocw',
  offerorName: names.offeror,
  departments: ['8'],
  departmentNames: [{ code: '8', name: names.department }],
  platform: 'ocw',
  platformName: names.platform,
});
const before = named({
  topic: 'Natural philosophy',
  offeror: 'OCW',
  department: 'Course 8',
  platform: 'OpenCourseWare',
});
const after = named({
  topic: 'Physics',
  offeror: 'MIT OpenCourseWare',
  department: 'Physics',
  platform: 'MIT OpenCourseWare',
});

describe('catalog events delivered out of order on the stream', () => {
  const logger = createLogger('stale-events-test', 'silent');
  const stream = `test:catalog:${randomUUID()}`;
  const redis = createRedis(testRedisUrl(), logger, 'stale-events-consumer');
  const admin = createRedis(testRedisUrl(), logger, 'stale-events-admin');
  let search: SearchUnderTest;
  let consumer: ReturnType<typeof startStreamConsumer>;

  beforeAll(async () => {
    search = await startSearch();
    consumer = startStreamConsumer({
      redis,
      stream,
      group: 'search',
      consumer: 'test',
      handle: search.applyCatalogEvent,
      deadLetterStream: `${stream}:dead-letter`,
      logger,
      blockMs: 100,
    });
  });
  afterAll(async () => {
    await consumer.stop();
    await admin.del(stream, `${stream}:dead-letter`);
    await Promise.all([redis.quit(), admin.quit()]);
    await search.close();
  });

  /** Publishes the events in this order and waits until the group has read and acknowledged every one. */
  async function deliver(events: EventEnvelope[]) {
    let last = '';
    for (const event of events) last = (await admin.xadd(stream, '*', envelopeField, JSON.stringify(event))) ?? '';
    const group = async () => {
      const groups = (await admin.xinfo('GROUPS', stream)) as unknown[][];
      const fields = groups.map(
        (entry) => new Map(entry.flatMap((value, i) => (i % 2 ? [] : [[value, entry[i + 1]]]))),
      );
      return fields.find((entry) => entry.get('name') === 'search');
    };
    await waitFor(async () => {
      const read = await group();
      return read?.get('last-delivered-id') === last && read.get('pending') === 0;
    });
    expect(await admin.xlen(`${stream}:dead-letter`)).toBe(0);
  }

  const find = async (query: string) => {
    const { data, errors } = await search.query<Found>(searchQuery, { query });
    expect(errors).toBeUndefined();
    return data?.search;
  };

  it('keeps the newer document and facet names when an older version arrives after them', async () => {
    const changedAt = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();
    const resource = { id: randomUUID(), description: null, published: true };
    const newer = {
      ...catalogEvent({ ...resource, title: 'Quantum field theory', ...after }, 2),
      occurredAt: changedAt(30),
    };
    const older = { ...catalogEvent({ ...resource, title: 'Quantum draft', ...before }, 1), occurredAt: changedAt(60) };
    // Another resource's event from before the renames, retried late: its names are as old as the first's.
    const other = { id: randomUUID(), description: null, published: true, title: 'Quantum optics', ...before };
    const otherEvent = { ...catalogEvent(other, 1), occurredAt: changedAt(50) };

    await deliver([newer, older, otherEvent]);

    const found = await find('quantum');
    expect(found?.edges.map((edge) => edge.node.id).sort()).toEqual([resource.id, other.id].sort());
    expect((await find('draft'))?.edges).toEqual([]);
    expect((await find('field'))?.edges.map((edge) => edge.node.id)).toEqual([resource.id]);
    expect(found?.facets.topics).toEqual([{ value: topic.id, label: 'Physics', count: 2 }]);
    expect(found?.facets.offerors).toEqual([{ value: 'ocw', label: 'MIT OpenCourseWare', count: 2 }]);
    expect(found?.facets.departments).toEqual([{ value: '8', label: 'Physics', count: 2 }]);
    expect(found?.facets.platforms).toEqual([{ value: 'ocw', label: 'MIT OpenCourseWare', count: 2 }]);
  });

  it('takes the name of the latest change when a rename and its undoing arrive in reverse', async () => {
    const changedAt = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();
    const base = { description: null, published: true, title: 'Quantum undo' };
    const renamed = { ...catalogEvent({ ...base, id: randomUUID(), ...before }, 1), occurredAt: changedAt(20) };
    const undone = { ...catalogEvent({ ...base, id: randomUUID(), ...after }, 1), occurredAt: changedAt(10) };
    const stale = { ...catalogEvent({ ...base, id: randomUUID(), ...after }, 1), occurredAt: changedAt(40) };

    await deliver([undone, renamed, stale]);

    const found = await find('undo');
    expect(found?.facets.topics).toEqual([{ value: topic.id, label: 'Physics', count: 3 }]);
    expect(found?.facets.offerors).toEqual([{ value: 'ocw', label: 'MIT OpenCourseWare', count: 3 }]);
  });
});
