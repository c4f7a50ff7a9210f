import { randomUUID } from 'node:crypto';
import { createLogger, createRedis, envelopeField, startStreamConsumer } from '@learngraph/service-kit';
import { testRedisUrl, waitFor } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserEventHandler } from '../src/modules/account-erasure/index.js';
import {
  type LearningPathsUnderTest,
  startLearningPaths,
  userDeletedEvent,
} from './support/learning-paths-under-test.js';
import { createPath, mutateId, mutateInput, publishResources, readPath } from './support/path-operations.js';

describe('a deleted account', () => {
  let paths: LearningPathsUnderTest;
  let resources: string[];

  beforeAll(async () => {
    paths = await startLearningPaths();
    resources = await publishResources(paths, 2);
  });
  afterAll(() => paths.close());

  it('loses its private paths, progress, follows, favourites and co-editorships; its public paths stay without author', async () => {
    const gone = randomUUID();
    const token = await paths.tokenFor(gone);
    const other = await paths.tokenFor(randomUUID());
    const items = [{ resourceId: resources[0] }];
    const secret = await createPath(paths, token, { title: 'Secret', items });
    const shared = await createPath(paths, token, { title: 'Shared', visibility: 'PUBLIC', items });
    const theirs = await createPath(paths, other, { title: 'Theirs', visibility: 'PUBLIC', items });
    await mutateInput(
      paths,
      'learningPathUpdate',
      'LearningPathUpdateInput',
      { id: theirs.id, coEditorIds: [gone] },
      other,
    );
    await mutateId(paths, 'learningPathFollow', theirs.id, token);
    await mutateInput(
      paths,
      'learningPathItemComplete',
      'LearningPathItemProgressInput',
      { pathId: theirs.id, resourceId: resources[0] },
      token,
    );
    await paths.query('mutation ($id: ID!) { favoriteAdd(resourceId: $id) { success } }', { id: resources[1] }, token);

    const event = userDeletedEvent(gone);
    await paths.applyUserEvent(event);
    await paths.applyUserEvent(event);

    expect(await paths.db.learningPath.findUnique({ where: { id: secret.id } })).toBeNull();
    expect(await readPath(paths, shared.id)).toMatchObject({ title: 'Shared', author: null });
    expect(await readPath(paths, theirs.id)).toMatchObject({ coEditors: [], followerCount: 0 });
    const left = await Promise.all([
      paths.db.itemProgress.count({ where: { userId: gone } }),
      paths.db.pathFollow.count({ where: { userId: gone } }),
      paths.db.favorite.count({ where: { userId: gone } }),
      paths.db.learningPathEditor.count({ where: { userId: gone } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0]);
    expect(await paths.db.inboxEvent.count({ where: { id: event.id } })).toBe(1);
  });

  it('ignores the other events of the users stream', async () => {
    const path = await createPath(paths, await paths.tokenFor(randomUUID()), { title: 'Kept' });
    await paths.applyUserEvent({ ...userDeletedEvent(randomUUID()), type: 'users.user.renamed' });
    expect(await paths.db.learningPath.findUnique({ where: { id: path.id } })).not.toBeNull();
  });

  it('is erased when its deletion arrives on the users event stream', async () => {
    const logger = createLogger('user-events-test', 'silent');
    const stream = `test:users:events:${randomUUID()}`;
    const redis = createRedis(testRedisUrl(), logger, 'user-events-test');
    const admin = createRedis(testRedisUrl(), logger, 'user-events-test-admin');
    const consumer = startStreamConsumer({
      redis,
      stream,
      group: 'learning-paths',
      consumer: 'test',
      handle: createUserEventHandler(paths.db),
      deadLetterStream: `${stream}:dead-letter`,
      logger,
      blockMs: 100,
    });
    try {
      const gone = randomUUID();
      const path = await createPath(paths, await paths.tokenFor(gone), { title: 'Mine alone' });
      await admin.xadd(stream, '*', envelopeField, JSON.stringify(userDeletedEvent(gone)));
      await waitFor(async () => (await paths.db.learningPath.count({ where: { id: path.id } })) === 0);
    } finally {
      await consumer.stop();
      await admin.del(stream, `${stream}:dead-letter`);
      await Promise.all([redis.quit(), admin.quit()]);
    }
  });
});
