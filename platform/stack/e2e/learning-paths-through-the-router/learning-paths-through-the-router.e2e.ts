import { randomUUID } from 'node:crypto';
import { createLogger, createRedis, envelopeField } from '@learngraph/service-kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../support/accounts.js';
import { catalogEditor } from '../support/catalog-editor.js';
import { type FaultSystem, startFaultSystem } from '../support/fault-system.js';
import { waitUntil } from '../support/poll.js';
import { copiesOrFollows, deletes, hides, lists, reads, readsHidden, updates } from './authorization-matrix.js';
import {
  type Actor,
  actors,
  createSharedPath,
  type PathPeople,
  pathPeople,
  type Visibility,
  visibilities,
} from './path-client.js';

const cases = actors.flatMap((actor) => visibilities.map((visibility) => [actor, visibility] as const));

type Paths = { learningResource: { inLearningPaths: { totalCount: number; edges: Array<{ node: { id: string } }> } } };

describe('learning paths through the edge and the router', () => {
  let system: FaultSystem;
  let people: PathPeople;
  let resources: string[];
  const shared = {} as Record<Visibility, string>;

  beforeAll(async () => {
    system = await startFaultSystem();
    people = await pathPeople(system);
    const editor = catalogEditor(system);
    resources = [];
    for (let index = 0; index < 12; index += 1) resources.push(await editor.create(`paths-${index}`));
    // learning-paths learns about resources from catalog events, a moment after they are created
    await waitUntil(
      'learning-paths knows every new resource',
      () => people.mutate('author', 'favoriteAdd(resourceId: $id)', { id: resources.at(-1) }, { id: 'ID!' }, 'id'),
      (answer) => answer.outcome === 'OK',
    );
    for (const visibility of visibilities) {
      shared[visibility] = await createSharedPath(people, visibility, resources.slice(0, 3), `Shared ${visibility}`);
    }
  });
  afterAll(async () => {
    await system?.stop();
  });
  beforeEach(({ onTestFailed }) => onTestFailed(() => console.error(`The launcher said:\n${system.story()}`)));

  const read = async (actor: Actor, id: string) =>
    (
      await people.query<{ learningPath: { id: string } | null }>(
        actor,
        'query ($id: ID!) { learningPath(id: $id) { id } }',
        { id },
      )
    ).data?.learningPath ?? null;

  it.each(cases)(
    '%s reads a %s path only when allowed; otherwise it is null like no path',
    async (actor, visibility) => {
      expect(Boolean(await read(actor, shared[visibility]))).toBe(reads(actor, visibility));
    },
  );

  it.each(actors)('%s finds listed and counted only the paths they may see listed', async (actor) => {
    const { data } = await people.query<Paths>(
      actor,
      'query ($id: ID!) { learningResource(id: $id) { inLearningPaths(first: 10) { totalCount edges { node { id } } } } }',
      { id: resources[0] },
    );
    const expected = visibilities
      .filter((visibility) => lists(actor, visibility))
      .map((visibility) => shared[visibility]);
    const listed = data?.learningResource.inLearningPaths;
    expect(listed?.edges.map((edge) => edge.node.id).sort()).toEqual(expected.sort());
    expect(listed?.totalCount).toBe(expected.length);
  });

  it.each(cases)('%s changing a %s path', async (actor, visibility) => {
    const { outcome } = await people.mutate(
      actor,
      'learningPathUpdate(input: $input)',
      { input: { id: shared[visibility], title: `Renamed by ${actor}` } },
      { input: 'LearningPathUpdateInput!' },
    );
    expect(outcome).toBe(updates(actor, visibility));
  });

  it.each(cases)('%s copying and following a %s path', async (actor, visibility) => {
    const copy = await people.mutate(
      actor,
      'learningPathCopy(input: $input)',
      { input: { id: shared[visibility] } },
      {
        input: 'LearningPathCopyInput!',
      },
    );
    const follow = await people.mutate(actor, 'learningPathFollow(id: $id)', { id: shared[visibility] }, { id: 'ID!' });
    expect([copy.outcome, follow.outcome]).toEqual([
      copiesOrFollows(actor, visibility),
      copiesOrFollows(actor, visibility),
    ]);
    if (copy.record) expect(copy.record).toMatchObject({ visibility: 'PRIVATE' });
  });

  it.each(visibilities)('only the author deletes a %s path', async (visibility) => {
    const id = await createSharedPath(people, visibility, resources.slice(0, 1), `Doomed ${visibility}`);
    const order: Actor[] = ['coEditor', 'learner', 'anonymous', 'admin', 'author'];
    const outcomes = [];
    for (const actor of order) {
      outcomes.push(
        (
          await people.mutate(
            actor,
            'learningPathDelete(input: $input)',
            { input: { id } },
            { input: 'LearningPathDeleteInput!' },
          )
        ).outcome,
      );
    }
    expect(outcomes).toEqual(order.map((actor) => deletes(actor, visibility)));
    expect(await read('author', id)).toBeNull();
  });

  it.each(visibilities)(
    'only administrators hide a %s path, which then only its members and administrators see',
    async (visibility) => {
      const id = await createSharedPath(people, visibility, resources.slice(0, 1), `Hidden ${visibility}`);
      const order: Actor[] = ['author', 'coEditor', 'learner', 'anonymous', 'admin'];
      const outcomes = [];
      for (const actor of order)
        outcomes.push((await people.mutate(actor, 'learningPathHide(id: $id)', { id }, { id: 'ID!' })).outcome);
      expect(outcomes).toEqual(order.map((actor) => hides(actor, visibility)));
      if (visibility === 'PRIVATE') return;
      for (const actor of actors) expect(Boolean(await read(actor, id))).toBe(readsHidden(actor));
    },
  );

  it('ends 100 concurrent moves through the router with every item once, in positions 1 to n', async () => {
    const items = resources.slice(0, 10);
    const id = await createSharedPath(people, 'PRIVATE', items, 'Crowded');
    const moves = Array.from({ length: 100 }, (_, index) => ({
      pathId: id,
      resourceId: items[(index * 7) % items.length],
      position: 1 + ((index * 3) % items.length),
    }));
    const outcomes = await Promise.all(
      moves.map(async (input, index) => {
        const actor = index % 2 === 0 ? 'author' : 'coEditor';
        return (
          await people.mutate(
            actor,
            'learningPathItemMove(input: $input)',
            { input },
            { input: 'LearningPathItemMoveInput!' },
          )
        ).outcome;
      }),
    );
    expect(outcomes.filter((outcome) => outcome !== 'OK')).toEqual([]);
    const { data } = await people.query<{
      learningPath: { version: number; items: Array<{ position: number; resource: { id: string } }> };
    }>('author', 'query ($id: ID!) { learningPath(id: $id) { version items { position resource { id } } } }', { id });
    expect(data?.learningPath.items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    expect(data?.learningPath.items.map((item) => item.resource.id).sort()).toEqual([...items].sort());
    // created, co-editor named, then one version per move
    expect(data?.learningPath.version).toBe(2 + moves.length);
  });

  it('tracks a learner through a path, shows a withdrawn item as unavailable, and says where to continue', async () => {
    const items = resources.slice(3, 6);
    const id = await createSharedPath(people, 'PUBLIC', items, 'Course');
    const { accessToken: token } = await createAccount(system, {
      email: 'paths@example.org',
      password: 'a long enough password',
      name: 'Ada',
    });
    const as = <Data>(query: string, variables: Record<string, unknown>) =>
      system.graphql<Data>(query, variables, token);
    await as('mutation ($id: ID!) { learningPathFollow(id: $id) { success } }', { id });
    await as(
      'mutation ($input: LearningPathItemProgressInput!) { learningPathItemComplete(input: $input) { success } }',
      {
        input: { pathId: id, resourceId: items[0] },
      },
    );
    await catalogEditor(system).unpublish(items[1] ?? '');
    type Me = {
      me: {
        followedPaths: { totalCount: number };
        continueLearning: {
          id: string;
          items: Array<{ available: boolean; done: boolean }>;
          progress: { done: number; total: number; percent: number; nextItem: { resource: { id: string } } };
        };
      };
    };
    const seen = await waitUntil(
      'learning-paths marks the withdrawn resource unavailable',
      () =>
        as<Me>(
          `{ me { followedPaths { totalCount } continueLearning { id items { available done }
            progress { done total percent nextItem { resource { id } } } } } }`,
          {},
        ),
      (answer) => answer.data?.me.continueLearning.items[1]?.available === false,
    );
    expect(seen.data?.me.followedPaths.totalCount).toBe(1);
    expect(seen.data?.me.continueLearning).toMatchObject({
      id,
      items: [
        { available: true, done: true },
        { available: false, done: false },
        { available: true, done: false },
      ],
      progress: { done: 1, total: 3, percent: 33, nextItem: { resource: { id: items[2] } } },
    });
  });

  it('keeps favourites private to their owner and adds them idempotently', async () => {
    const add = () =>
      people.mutate('learner', 'favoriteAdd(resourceId: $id)', { id: resources[6] }, { id: 'ID!' }, 'id');
    expect([(await add()).outcome, (await add()).outcome]).toEqual(['OK', 'OK']);
    const mine = await people.query<{ learningResource: { isFavorite: boolean } }>(
      'learner',
      'query ($id: ID!) { learningResource(id: $id) { isFavorite } }',
      { id: resources[6] },
    );
    const theirs = await people.query<{ learningResource: { isFavorite: boolean } }>(
      'admin',
      'query ($id: ID!) { learningResource(id: $id) { isFavorite } }',
      { id: resources[6] },
    );
    expect([mine.data?.learningResource.isFavorite, theirs.data?.learningResource.isFavorite]).toEqual([true, false]);
  });

  it('erases a deleted account when the users stream says so: private paths go, public ones stay without author', async () => {
    const gone = await pathPeople(system);
    const secret = await createSharedPath(gone, 'PRIVATE', resources.slice(0, 1), 'Secret');
    const open = await createSharedPath(gone, 'PUBLIC', resources.slice(0, 1), 'Open');
    const logger = createLogger('paths-e2e', 'silent');
    const redis = createRedis((await system.state()).redisUrl, logger, 'paths-e2e');
    const event = {
      id: randomUUID(),
      type: 'users.user.deleted',
      aggregateId: gone.ids.author,
      version: 1,
      occurredAt: new Date().toISOString(),
      payload: { userId: gone.ids.author },
    };
    await redis.xadd('learngraph:users:events', '*', envelopeField, JSON.stringify(event));
    await redis.quit();
    type Read = { learningPath: { author: { id: string } | null } | null };
    const query = 'query ($id: ID!) { learningPath(id: $id) { author { id } } }';
    await waitUntil(
      'the private path is gone',
      () => gone.query<Read>('author', query, { id: secret }),
      (answer) => answer.data?.learningPath === null,
    );
    expect((await people.query<Read>('learner', query, { id: open })).data?.learningPath).toEqual({ author: null });
  });

  it('browses public paths by topic, most followed first', async () => {
    const { data } = await people.query<{
      learningPaths: { edges: Array<{ node: { id: string; followerCount: number } }> };
    }>(
      'anonymous',
      '{ learningPaths(filter: { topic: "Matrix" }, sort: MOST_FOLLOWED, first: 100) { edges { node { id followerCount } } } }',
    );
    const counts = data?.learningPaths.edges.map((edge) => edge.node.followerCount) ?? [];
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(data?.learningPaths.edges.some((edge) => edge.node.id === shared.PRIVATE)).toBe(false);
  });
});
