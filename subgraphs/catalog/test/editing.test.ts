import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';
import { resource, seedResources } from './support/seed-resources.js';

const create = `mutation ($input: LearningResourceInput!) {
  learningResourceCreate(input: $input) {
    success
    record { id title published free platform { id } offeredBy { id } topics { name } departments { id } prices { amount currency }
      runs { runId instructors startDate } members { position resource { readableId } } }
  }
}`;
const update = `mutation ($id: ID!, $input: LearningResourceInput!) {
  learningResourceUpdate(id: $id, input: $input) { success record { id title description published runs { runId } } }
}`;
const unpublish = 'mutation ($id: ID!) { learningResourceUnpublish(id: $id) { success record { published } } }';

describe('editing the catalog', () => {
  let catalog: CatalogUnderTest;
  let editor: string;
  let learner: string;
  let mathematics: string;
  let videos: Record<string, string>;

  beforeAll(async () => {
    catalog = await startCatalog();
    editor = await catalog.tokenFor(['EDITOR']);
    learner = await catalog.tokenFor(['LEARNER']);
    mathematics = (await catalog.db.topic.findFirstOrThrow({ where: { name: 'Mathematics' } })).id;
    videos = await seedResources(catalog, [
      resource('video-1', { platform: 'youtube', resourceType: 'VIDEO' }),
      resource('video-2', { platform: 'youtube', resourceType: 'VIDEO' }),
    ]);
  });
  afterAll(() => catalog.close());

  const playlist = () => ({
    platform: 'youtube',
    readableId: 'playlist-1',
    resourceType: 'VIDEO_PLAYLIST',
    title: '  Differential Equations  ',
    offeredBy: 'ocw',
    topics: [mathematics],
    departments: ['18'],
    prices: [{ amount: 0, currency: 'USD' }],
    runs: [{ runId: 'fall', instructors: ['Gilbert Strang', 'Arthur Mattuck'], startDate: '2030-09-01T00:00:00Z' }],
    members: [videos['video-2'], videos['video-1']],
  });

  it('lets an editor create a resource, with its taxonomies, runs and members, and records an event', async () => {
    const { data, errors } = await catalog.query<{
      learningResourceCreate: { success: boolean; record: Record<string, unknown> };
    }>(create, { input: playlist() }, editor);
    expect(errors).toBeUndefined();
    expect(data?.learningResourceCreate).toMatchObject({
      success: true,
      record: {
        title: 'Differential Equations',
        published: true,
        free: true,
        platform: { id: 'youtube' },
        offeredBy: { id: 'ocw' },
        topics: [{ name: 'Mathematics' }],
        departments: [{ id: '18' }],
        prices: [{ amount: 0, currency: 'USD' }],
        runs: [
          { runId: 'fall', instructors: ['Gilbert Strang', 'Arthur Mattuck'], startDate: '2030-09-01T00:00:00.000Z' },
        ],
        members: [
          { position: 0, resource: { readableId: 'video-2' } },
          { position: 1, resource: { readableId: 'video-1' } },
        ],
      },
    });
    const events = await catalog.db.outboxEvent.findMany({ where: { type: 'catalog.learning-resource.created' } });
    expect(events.map((event) => (event.payload as { readableId: string }).readableId)).toContain('playlist-1');
  });

  it('puts in the event what search facets and ranks on: topic lineage, names, instructors, start dates', async () => {
    const subTopic = await catalog.db.topic.findFirstOrThrow({
      where: { parentId: { not: null } },
      include: { parent: true },
    });
    const input = { ...playlist(), readableId: 'playlist-lineage', topics: [subTopic.id] };
    const { data } = await catalog.query<{ learningResourceCreate: { record: { id: string } } }>(
      create,
      { input },
      editor,
    );
    const id = data?.learningResourceCreate.record.id ?? '';
    const event = await catalog.db.outboxEvent.findFirstOrThrow({ where: { aggregateId: id } });
    expect(event.payload).toMatchObject({
      platformName: expect.any(String),
      offerorName: expect.any(String),
      departmentNames: [{ code: '18', name: expect.any(String) }],
      instructors: ['Gilbert Strang', 'Arthur Mattuck'],
      startDates: ['2030-09-01T00:00:00.000Z'],
      views: 0,
      createdAt: expect.any(String),
    });
    const tree = (event.payload as { topicTree: Array<{ id: string; direct: boolean; name: string }> }).topicTree;
    expect(tree).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: subTopic.id, name: subTopic.name, direct: true }),
        expect.objectContaining({ id: subTopic.parentId, name: subTopic.parent?.name, direct: false }),
      ]),
    );
  });

  it('refuses learners and anonymous callers', async () => {
    const input = { ...playlist(), readableId: 'playlist-2' };
    expect((await catalog.query(create, { input }, learner)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await catalog.query(create, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await catalog.db.learningResource.count({ where: { readableId: 'playlist-2' } })).toBe(0);
  });

  it('reports every invalid field at once and writes nothing', async () => {
    const { errors } = await catalog.query(
      create,
      {
        input: {
          ...playlist(),
          readableId: 'playlist-3',
          platform: 'myspace',
          offeredBy: 'harvardx',
          url: 'javascript:alert(1)',
          prices: [{ amount: -5, currency: 'dollars' }],
          minWeeks: 10,
          maxWeeks: 2,
          topics: ['0190b2a0-0000-7000-8000-00000000ffff'],
        },
      },
      editor,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'topics.0', message: 'no topic has the id "0190b2a0-0000-7000-8000-00000000ffff"' },
      { field: 'members.0', message: 'on another platform' },
      { field: 'members.1', message: 'on another platform' },
      { field: 'url', message: 'not an http(s) URL' },
      { field: 'platform', message: 'no platform has the code "myspace"' },
      { field: 'offeredBy', message: 'no offeror has the code "harvardx"' },
      { field: 'prices.0.amount', message: 'a non-negative amount with at most two decimals' },
      { field: 'prices.0.currency', message: 'an ISO 4217 code such as USD' },
      { field: 'minWeeks', message: 'not more than maxWeeks' },
    ]);
    const missing = await catalog.query(create, { input: { description: 'no title' } }, editor);
    expect(missing.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'platform', message: 'required' },
      { field: 'readableId', message: 'required' },
      { field: 'resourceType', message: 'required' },
      { field: 'title', message: 'required' },
    ]);
    expect(await catalog.db.learningResource.count({ where: { readableId: 'playlist-3' } })).toBe(0);
  });

  it('refuses a second resource with the same readable id on the same platform', async () => {
    const { errors } = await catalog.query(create, { input: playlist() }, editor);
    expect(errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'readableId', message: 'already used by another resource on this platform' },
    ]);
  });

  it('updates only the fields given, bumps the version and records an event', async () => {
    const stored = await catalog.db.learningResource.findFirstOrThrow({ where: { readableId: 'playlist-1' } });
    const { data, errors } = await catalog.query<{ learningResourceUpdate: { record: Record<string, unknown> } }>(
      update,
      { id: stored.id, input: { description: 'Lectures from 18.03', title: 'ODEs' } },
      editor,
    );
    expect(errors).toBeUndefined();
    expect(data?.learningResourceUpdate.record).toMatchObject({
      title: 'ODEs',
      description: 'Lectures from 18.03',
      runs: [{ runId: 'fall' }],
    });
    const after = await catalog.db.learningResource.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after.version).toBe(stored.version + 1);
    expect(
      await catalog.db.outboxEvent.count({
        where: { aggregateId: stored.id, type: 'catalog.learning-resource.updated' },
      }),
    ).toBe(1);
  });

  it('unpublishes a resource: hidden from learners, visible to editors, announced by an event', async () => {
    const stored = await catalog.db.learningResource.findFirstOrThrow({ where: { readableId: 'playlist-1' } });
    const { data } = await catalog.query<{ learningResourceUnpublish: { record: { published: boolean } } }>(
      unpublish,
      { id: stored.id },
      editor,
    );
    expect(data?.learningResourceUnpublish.record.published).toBe(false);
    const byLearner = await catalog.query(
      'query ($id: ID!) { learningResource(id: $id) { id } }',
      { id: stored.id },
      learner,
    );
    expect(byLearner.data).toEqual({ learningResource: null });
    const byEditor = await catalog.query(
      'query ($id: ID!) { learningResource(id: $id) { id } }',
      { id: stored.id },
      editor,
    );
    expect(byEditor.data).toEqual({ learningResource: { id: stored.id } });
    const event = await catalog.db.outboxEvent.findFirstOrThrow({
      where: { aggregateId: stored.id, type: 'catalog.learning-resource.unpublished' },
    });
    expect(event.payload).toMatchObject({ published: false, topics: ['mathematics'], departments: ['18'] });
  });

  it('answers NOT_FOUND for an id no resource has', async () => {
    const { errors } = await catalog.query(
      update,
      { id: '0190b2a0-0000-7000-8000-00000000ffff', input: { title: 'x' } },
      editor,
    );
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
