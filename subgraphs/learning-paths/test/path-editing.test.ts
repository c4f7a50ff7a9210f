import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LearningPathsUnderTest, startLearningPaths } from './support/learning-paths-under-test.js';
import { createPath, mutateId, mutateInput, publishResources, readPath } from './support/path-operations.js';

describe('changing, copying and deleting paths', () => {
  let paths: LearningPathsUnderTest;
  let resources: string[];
  const author = randomUUID();
  const coEditor = randomUUID();
  const learner = randomUUID();
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    paths = await startLearningPaths();
    resources = await publishResources(paths, 3);
    tokens.author = await paths.tokenFor(author);
    tokens.coEditor = await paths.tokenFor(coEditor);
    tokens.learner = await paths.tokenFor(learner);
    tokens.admin = await paths.tokenFor(randomUUID(), ['ADMIN']);
  });
  afterAll(() => paths.close());

  const update = (input: Record<string, unknown>, token?: string) =>
    mutateInput(paths, 'learningPathUpdate', 'LearningPathUpdateInput', input, token);

  it('changes only the fields given, raising the version each time', async () => {
    const path = await createPath(paths, tokens.author ?? '', { title: 'Draft', description: 'About', topics: ['AI'] });
    const { response } = await update({ id: path.id, title: 'Final', expectedVersion: 1 }, tokens.author);
    expect(response?.record).toMatchObject({ title: 'Final', description: 'About', topics: ['AI'], version: 2 });
    const cleared = await update({ id: path.id, description: null, topics: [] }, tokens.author);
    expect(cleared.response?.record).toMatchObject({ title: 'Final', description: null, topics: [], version: 3 });
  });

  it('lets co-editors change the content but only the author change visibility and co-editors', async () => {
    const path = await createPath(paths, tokens.author ?? '', { title: 'Shared' });
    const named = await update({ id: path.id, coEditorIds: [coEditor], visibility: 'UNLISTED' }, tokens.author);
    expect(named.response?.record).toMatchObject({ coEditors: [{ id: coEditor }], visibility: 'UNLISTED' });
    const edited = await update({ id: path.id, title: 'Shared, edited' }, tokens.coEditor);
    expect(edited.response?.record).toMatchObject({ title: 'Shared, edited', viewerCanEdit: true });
    const added = await mutateInput(
      paths,
      'learningPathItemAdd',
      'LearningPathItemAddInput',
      { pathId: path.id, resourceId: resources[0] },
      tokens.coEditor,
    );
    expect(added.response?.success).toBe(true);
    for (const input of [{ visibility: 'PUBLIC' }, { coEditorIds: [] }]) {
      const { errors } = await update({ id: path.id, ...input }, tokens.coEditor);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const { errors } = await update({ id: path.id, title: 'Mine now' }, tokens.learner);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deleted = await mutateInput(
      paths,
      'learningPathDelete',
      'LearningPathDeleteInput',
      { id: path.id },
      tokens.coEditor,
    );
    expect(deleted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses the author as their own co-editor and more than 20 co-editors', async () => {
    const path = await createPath(paths, tokens.author ?? '', { title: 'Editors' });
    const self = await update({ id: path.id, coEditorIds: [author] }, tokens.author);
    expect(self.response?.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'coEditorIds', message: 'the author cannot be a co-editor' },
    ]);
    const many = await update(
      { id: path.id, coEditorIds: Array.from({ length: 21 }, () => randomUUID()) },
      tokens.author,
    );
    expect(many.response?.errors[0]).toMatchObject({ field: 'coEditorIds', message: 'at most 20 co-editors' });
  });

  it('answers NOT_FOUND for a private path of someone else, exactly as for no path at all', async () => {
    const path = await createPath(paths, tokens.author ?? '', { title: 'Secret' });
    for (const id of [path.id, randomUUID()]) {
      const changed = await update({ id, title: 'Mine' }, tokens.learner);
      const copied = await mutateInput(paths, 'learningPathCopy', 'LearningPathCopyInput', { id }, tokens.learner);
      const followed = await mutateId(paths, 'learningPathFollow', id, tokens.learner);
      expect(
        [changed, copied, followed].map(({ errors }) => [errors?.[0]?.extensions?.code, errors?.[0]?.message]),
      ).toEqual(Array.from({ length: 3 }, () => ['NOT_FOUND', 'No learning path has this id.']));
    }
  });

  it('copies a public path into a private path of the copier, items and notes included', async () => {
    const items = [
      { resourceId: resources[1], note: 'Watch first' },
      { resourceId: resources[0], required: false },
    ];
    const path = await createPath(paths, tokens.author ?? '', {
      title: 'Original',
      visibility: 'PUBLIC',
      topics: ['AI'],
      items,
    });
    const { response } = await mutateInput(
      paths,
      'learningPathCopy',
      'LearningPathCopyInput',
      { id: path.id },
      tokens.learner,
    );
    expect(response?.record).toMatchObject({
      title: 'Original',
      topics: ['AI'],
      visibility: 'PRIVATE',
      author: { id: learner },
    });
    expect(response?.record?.id).not.toBe(path.id);
    expect(response?.record?.items.map((item) => [item.resource.id, item.note, item.required])).toEqual([
      [resources[1], 'Watch first', true],
      [resources[0], null, false],
    ]);
  });

  it('deletes a path for its author only, after which it is gone for everyone', async () => {
    const path = await createPath(paths, tokens.author ?? '', {
      title: 'Doomed',
      visibility: 'PUBLIC',
      items: [{ resourceId: resources[0] }],
    });
    const stale = await mutateInput(
      paths,
      'learningPathDelete',
      'LearningPathDeleteInput',
      { id: path.id, expectedVersion: 7 },
      tokens.author,
    );
    expect(stale.response).toMatchObject({ success: false, errors: [{ code: 'CONFLICT' }], record: { id: path.id } });
    const { response } = await mutateInput(
      paths,
      'learningPathDelete',
      'LearningPathDeleteInput',
      { id: path.id, expectedVersion: 1 },
      tokens.author,
    );
    expect(response).toEqual({ success: true, record: null, errors: [] });
    expect(await readPath(paths, path.id, tokens.author)).toBeNull();
    expect(await paths.db.learningPathItem.count({ where: { pathId: path.id } })).toBe(0);
  });

  it('lets administrators hide a public path from everyone but its members and administrators', async () => {
    const path = await createPath(paths, tokens.author ?? '', { title: 'Offensive', visibility: 'PUBLIC' });
    const refused = await mutateId(paths, 'learningPathHide', path.id, tokens.learner);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hidden = await mutateId(paths, 'learningPathHide', path.id, tokens.admin);
    expect(hidden.response?.record).toMatchObject({ hidden: true });
    expect(await readPath(paths, path.id, tokens.learner)).toBeNull();
    expect(await readPath(paths, path.id)).toBeNull();
    expect(await readPath(paths, path.id, tokens.author)).toMatchObject({ hidden: true });
    await mutateId(paths, 'learningPathUnhide', path.id, tokens.admin);
    expect(await readPath(paths, path.id)).toMatchObject({ hidden: false });
    const secret = await createPath(paths, tokens.author ?? '', { title: 'Private' });
    const unseen = await mutateId(paths, 'learningPathHide', secret.id, tokens.admin);
    expect(unseen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a malformed path id before anything else', async () => {
    const { errors } = await update({ id: 'nope', title: 'x' }, tokens.author);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'id' }] });
  });
});
