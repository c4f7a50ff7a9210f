import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LearningPathsUnderTest, startLearningPaths } from './support/learning-paths-under-test.js';
import { createPath, mutateInput, order, publishResources, readPath } from './support/path-operations.js';

describe('the items of a path', () => {
  let paths: LearningPathsUnderTest;
  let token: string;
  let resources: string[];

  beforeAll(async () => {
    paths = await startLearningPaths();
    resources = await publishResources(paths, 30);
    token = await paths.tokenFor(randomUUID());
  });
  afterAll(() => paths.close());

  const add = (input: Record<string, unknown>) =>
    mutateInput(paths, 'learningPathItemAdd', 'LearningPathItemAddInput', input, token);
  const move = (input: Record<string, unknown>, as = token) =>
    mutateInput(paths, 'learningPathItemMove', 'LearningPathItemMoveInput', input, as);
  const remove = (input: Record<string, unknown>) =>
    mutateInput(paths, 'learningPathItemRemove', 'LearningPathItemRemoveInput', input, token);
  const update = (input: Record<string, unknown>) =>
    mutateInput(paths, 'learningPathItemUpdate', 'LearningPathItemUpdateInput', input, token);
  const ids = (...indexes: number[]) => indexes.map((index) => resources[index] ?? '');

  it('adds items at the end or at a position, and removes them, each a new version', async () => {
    const path = await createPath(paths, token, {
      title: 'Order',
      items: ids(0, 1).map((resourceId) => ({ resourceId })),
    });
    await add({ pathId: path.id, resourceId: resources[2] });
    const added = await add({ pathId: path.id, resourceId: resources[3], position: 1, note: 'First', required: false });
    expect(order(added.response?.record ?? null)).toEqual(ids(3, 0, 1, 2));
    expect(added.response?.record?.items[0]).toMatchObject({ position: 1, note: 'First', required: false });
    const removed = await remove({ pathId: path.id, resourceId: resources[0], expectedVersion: 3 });
    expect(order(removed.response?.record ?? null)).toEqual(ids(3, 1, 2));
    expect(removed.response?.record?.items.map((item) => item.position)).toEqual([1, 2, 3]);
    expect(removed.response?.record?.version).toBe(4);
  });

  it('changes an item’s note and required flag in place, keeping what is left out, and clears a note', async () => {
    const path = await createPath(paths, token, {
      title: 'Notes',
      items: ids(0, 1).map((resourceId) => ({ resourceId, note: 'Before' })),
    });
    const noted = await update({ pathId: path.id, resourceId: resources[1], note: '  Watch this first  ' });
    expect(noted.response?.record?.items[1]).toMatchObject({ position: 2, note: 'Watch this first', required: true });
    expect(noted.response?.record?.version).toBe(2);
    const optional = await update({ pathId: path.id, resourceId: resources[1], required: false, expectedVersion: 2 });
    expect(optional.response?.record?.items[1]).toMatchObject({ note: 'Watch this first', required: false });
    const cleared = await update({ pathId: path.id, resourceId: resources[1], note: '' });
    expect(cleared.response?.record?.items[1]).toMatchObject({ note: null, required: false });
    expect(cleared.response?.record?.items[0]).toMatchObject({ note: 'Before', required: true });
  });

  it('refuses a note too long, an item not in the path and an outdated version, changing nothing', async () => {
    const path = await createPath(paths, token, { title: 'Refusals', items: [{ resourceId: resources[0] }] });
    const long = await update({ pathId: path.id, resourceId: resources[0], note: 'x'.repeat(1001) });
    expect(long.response?.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'note', message: 'at most 1000 characters' },
    ]);
    const absent = await update({ pathId: path.id, resourceId: resources[5], note: 'Hi' });
    expect(absent.response?.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resourceId' });
    const stale = await update({ pathId: path.id, resourceId: resources[0], note: 'Hi', expectedVersion: 7 });
    expect(stale.response?.errors?.[0]?.code).toBe('CONFLICT');
    expect((await readPath(paths, path.id, token))?.items[0]).toMatchObject({ note: null, required: true });
  });

  it('moves an item to every position in turn, closing up around it', async () => {
    const path = await createPath(paths, token, {
      title: 'Moves',
      items: ids(0, 1, 2, 3).map((resourceId) => ({ resourceId })),
    });
    const first = await move({ pathId: path.id, resourceId: resources[3], position: 1 });
    expect(order(first.response?.record ?? null)).toEqual(ids(3, 0, 1, 2));
    const middle = await move({ pathId: path.id, resourceId: resources[3], position: 3 });
    expect(order(middle.response?.record ?? null)).toEqual(ids(0, 1, 3, 2));
    const last = await move({ pathId: path.id, resourceId: resources[0], position: 4 });
    expect(order(last.response?.record ?? null)).toEqual(ids(1, 3, 2, 0));
  });

  it('keeps its order through many moves into the same gap, renumbering when no room is left', async () => {
    const path = await createPath(paths, token, {
      title: 'Gap',
      items: ids(0, 1, 2).map((resourceId) => ({ resourceId })),
    });
    const expected = ids(0, 1, 2);
    for (let turn = 0; turn < 60; turn += 1) {
      const moving = turn % 2 === 0 ? resources[1] : resources[2];
      await move({ pathId: path.id, resourceId: moving, position: 2 });
      expected.splice(expected.indexOf(moving ?? ''), 1);
      expected.splice(1, 0, moving ?? '');
    }
    expect(order(await readPath(paths, path.id, token))).toEqual(expected);
  });

  it('reports a bad position, an item not in the path, a duplicate and a full path in the response', async () => {
    const path = await createPath(paths, token, {
      title: 'Bad',
      items: ids(0, 1).map((resourceId) => ({ resourceId })),
    });
    const problems = await Promise.all([
      move({ pathId: path.id, resourceId: resources[0], position: 3 }),
      move({ pathId: path.id, resourceId: resources[5], position: 1 }),
      add({ pathId: path.id, resourceId: resources[1] }),
      add({ pathId: path.id, resourceId: randomUUID() }),
      add({ pathId: path.id, resourceId: resources[4], position: 0 }),
      remove({ pathId: path.id, resourceId: resources[6] }),
    ]);
    expect(
      problems.map(({ response }) => [response?.success, response?.errors[0]?.field, response?.errors[0]?.message]),
    ).toEqual([
      [false, 'position', 'must be between 1 and 2'],
      [false, 'resourceId', 'this resource is not in the path'],
      [false, 'resourceId', 'this resource is already in the path'],
      [false, 'resourceId', 'no published learning resource has this id'],
      [false, 'position', 'must be at least 1'],
      [false, 'resourceId', 'this resource is not in the path'],
    ]);
    expect((await readPath(paths, path.id, token))?.version).toBe(1);
  });

  it('answers CONFLICT with the current path when expectedVersion is stale, and changes nothing', async () => {
    const path = await createPath(paths, token, {
      title: 'Stale',
      items: ids(0, 1).map((resourceId) => ({ resourceId })),
    });
    await move({ pathId: path.id, resourceId: resources[1], position: 1, expectedVersion: 1 });
    const stale = await move({ pathId: path.id, resourceId: resources[0], position: 1, expectedVersion: 1 });
    expect(stale.response).toMatchObject({ success: false, errors: [{ code: 'CONFLICT', field: null }] });
    expect(stale.response?.record).toMatchObject({ version: 2 });
    expect(order(stale.response?.record ?? null)).toEqual(ids(1, 0));
  });

  it('ends 200 concurrent moves on one path with every item once, positions 1 to n, and every move counted', async () => {
    const items = resources.slice(0, 20);
    const path = await createPath(paths, token, {
      title: 'Stress',
      items: items.map((resourceId) => ({ resourceId })),
    });
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const moves = Array.from({ length: 200 }, () => ({
      pathId: path.id,
      resourceId: items[random(items.length)],
      position: 1 + random(items.length),
    }));
    const answers = await Promise.all(moves.map((input) => move(input)));
    const refused = answers.filter(({ response }) => !response?.success);
    expect(refused.map(({ response, errors }) => response?.errors ?? errors)).toEqual([]);
    const after = await readPath(paths, path.id, token);
    expect([...order(after)].sort()).toEqual([...items].sort());
    expect(after?.items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    expect(after?.version).toBe(1 + moves.length);
    const ranks = await paths.db.learningPathItem.findMany({ where: { pathId: path.id }, select: { rank: true } });
    expect(new Set(ranks.map((row) => row.rank)).size).toBe(items.length);
  });

  it('lets only one of many concurrent moves at the same expectedVersion through', async () => {
    const items = resources.slice(0, 10);
    const path = await createPath(paths, token, { title: 'Race', items: items.map((resourceId) => ({ resourceId })) });
    const answers = await Promise.all(
      items.map((resourceId) => move({ pathId: path.id, resourceId, position: 1, expectedVersion: 1 })),
    );
    const codes = answers.map(({ response }) => (response?.success ? 'OK' : response?.errors[0]?.code));
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(items.length - 1);
    expect((await readPath(paths, path.id, token))?.version).toBe(2);
  });
});
