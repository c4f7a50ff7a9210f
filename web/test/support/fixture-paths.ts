import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { type FixtureContext, signedInUser, viewerOf } from './fixture-accounts';
import { resources } from './fixtures';

type Visibility = 'PRIVATE' | 'UNLISTED' | 'PUBLIC';

interface FixturePath {
  id: string;
  title: string;
  description: string | null;
  visibility: Visibility;
  version: number;
  authorId: string;
  authorName: string;
  createdAt: string;
  items: Array<{ resourceId: string; note: string | null; addedAt: string }>;
  followers: Set<string>;
  done: Map<string, Set<string>>;
}

const paths: FixturePath[] = [];
const favorites = new Map<string, Array<{ resourceId: string; addedAt: string }>>();

/** What the fixture learning-paths "subgraph" saw, for tests to check what the site asked of it. */
export const pathLog = { moves: [] as Array<{ resourceId: string; position: number }> };

/**
 * A public path by someone else, for browsing, following and completing.
 * @example const id = seedPublicPath('Intro to fixtures', ['res-1', 'res-2']);
 */
export function seedPublicPath(title: string, resourceIds: string[]): string {
  const path = newPath('someone-else', 'Grace', { title, visibility: 'PUBLIC' });
  path.items = resourceIds.map((resourceId) => ({ resourceId, note: null, addedAt: path.createdAt }));
  return path.id;
}

/**
 * The fields whose answer depends on who asks, resolved from the request's access token: installed on the
 * schema the fixture router executes.
 */
export function installViewerFields(schema: GraphQLSchema): void {
  const fields = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
  const resourceFields = fields('LearningResource');
  if (resourceFields.isFavorite) {
    resourceFields.isFavorite.resolve = (resource: { id: string }, _args, context: FixtureContext) => {
      const user = viewerOf(context);
      return Boolean(user && favorites.get(user.id)?.some((favorite) => favorite.resourceId === resource.id));
    };
  }
  const userFields = fields('User');
  for (const [name, list] of Object.entries(userLists)) {
    const field = userFields[name];
    if (field) field.resolve = (user: { id: string }, args, context: FixtureContext) => list(user.id, args, context);
  }
}

const connection = <T>(nodes: T[]) => ({
  totalCount: nodes.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: nodes.map((node, index) => ({ cursor: String(index), node })),
});

const userLists = {
  learningPaths: (userId: string, _args: unknown, context: FixtureContext) =>
    connection(
      paths
        .filter((path) => path.authorId === userId)
        .filter((path) => viewerOf(context)?.id === userId || path.visibility === 'PUBLIC')
        .map((path) => pathView(path, context)),
    ),
  followedPaths: (userId: string, _args: unknown, context: FixtureContext) =>
    connection(paths.filter((path) => path.followers.has(userId)).map((path) => pathView(path, context))),
  favorites: (userId: string) => {
    const list = [...(favorites.get(userId) ?? [])].reverse();
    return {
      ...connection(list.map((favorite) => resourceById(favorite.resourceId))),
      edges: list.map((favorite, index) => ({
        cursor: String(index),
        addedAt: favorite.addedAt,
        node: resourceById(favorite.resourceId),
      })),
    };
  },
};

function resourceById(id: string) {
  const resource = resources.find((candidate) => candidate.id === id);
  if (!resource) throw new GraphQLError(`No resource ${id}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  return resource;
}

function newPath(authorId: string, authorName: string, input: { title: string; visibility: Visibility }) {
  const path: FixturePath = {
    id: randomUUID(),
    title: input.title,
    description: null,
    visibility: input.visibility,
    version: 1,
    authorId,
    authorName,
    createdAt: new Date().toISOString(),
    items: [],
    followers: new Set(),
    done: new Map(),
  };
  paths.unshift(path);
  return path;
}

function pathView(path: FixturePath, context: FixtureContext) {
  const viewer = viewerOf(context);
  const done = (viewer && path.done.get(viewer.id)) ?? new Set<string>();
  const items = path.items.map((item, index) => ({
    ...item,
    position: index + 1,
    required: true,
    available: true,
    done: done.has(item.resourceId),
    resource: resourceById(item.resourceId),
  }));
  const doneCount = items.filter((item) => item.done).length;
  return {
    ...path,
    topics: [],
    updatedAt: path.createdAt,
    author: { id: path.authorId, name: path.authorName, displayName: null },
    coEditors: [],
    hidden: false,
    followerCount: path.followers.size,
    isFollowing: Boolean(viewer && path.followers.has(viewer.id)),
    viewerCanEdit: viewer?.id === path.authorId,
    itemCount: items.length,
    items,
    progress: viewer
      ? {
          done: doneCount,
          total: items.length,
          percent: items.length === 0 ? 0 : Math.floor((doneCount * 100) / items.length),
          nextItem: items.find((item) => !item.done) ?? null,
        }
      : null,
  };
}

function readable(id: string, context: FixtureContext): FixturePath {
  const path = paths.find((candidate) => candidate.id === id);
  const viewer = viewerOf(context);
  if (!path || (path.visibility === 'PRIVATE' && viewer?.id !== path.authorId)) {
    throw new GraphQLError('No such path.', { extensions: { code: 'NOT_FOUND' } });
  }
  return path;
}

function editable(id: string, context: FixtureContext, expectedVersion?: number | null) {
  const user = signedInUser(context);
  const path = readable(id, context);
  if (path.authorId !== user.id) throw new GraphQLError('Not yours.', { extensions: { code: 'FORBIDDEN' } });
  if (expectedVersion != null && expectedVersion !== path.version) return { path, conflict: true };
  return { path, conflict: false };
}

const refused = (code: string, field: string | null) => ({
  success: false,
  record: null,
  errors: [{ code, field, message: code }],
});

function changed(path: FixturePath, context: FixtureContext) {
  path.version += 1;
  return { success: true, record: pathView(path, context), errors: [] };
}

type Input<T> = { input: T };
type ItemInput = { pathId: string; resourceId: string; expectedVersion?: number | null };

/** Learning paths, progress and favourites in memory, by the rules of the README (authors only edit). */
export const pathResolvers = {
  learningPaths: (_args: unknown, context: FixtureContext) =>
    connection(paths.filter((path) => path.visibility === 'PUBLIC').map((path) => pathView(path, context))),
  learningPath: ({ id }: { id: string }, context: FixtureContext) => {
    try {
      return pathView(readable(id, context), context);
    } catch {
      return null;
    }
  },
  learningPathCreate: (
    { input }: Input<{ title: string; description?: string; visibility?: Visibility }>,
    context: FixtureContext,
  ) => {
    const user = signedInUser(context);
    if (input.title.trim() === '' || input.title.length > 200) return refused('BAD_USER_INPUT', 'title');
    const path = newPath(user.id, user.name, { title: input.title, visibility: input.visibility ?? 'PRIVATE' });
    path.description = input.description ?? null;
    return { success: true, record: pathView(path, context), errors: [] };
  },
  learningPathUpdate: (
    {
      input,
    }: Input<{
      id: string;
      expectedVersion?: number;
      title?: string;
      description?: string | null;
      visibility?: Visibility;
    }>,
    context: FixtureContext,
  ) => {
    const { path, conflict } = editable(input.id, context, input.expectedVersion);
    if (conflict) return { ...refused('CONFLICT', null), record: pathView(path, context) };
    if (input.title !== undefined && (input.title.trim() === '' || input.title.length > 200)) {
      return refused('BAD_USER_INPUT', 'title');
    }
    if (input.title !== undefined) path.title = input.title;
    if (input.description !== undefined) path.description = input.description || null;
    if (input.visibility !== undefined) path.visibility = input.visibility;
    return changed(path, context);
  },
  learningPathItemAdd: ({ input }: Input<ItemInput & { note?: string }>, context: FixtureContext) => {
    const { path, conflict } = editable(input.pathId, context, input.expectedVersion);
    if (conflict) return { ...refused('CONFLICT', null), record: pathView(path, context) };
    if (path.items.some((item) => item.resourceId === input.resourceId)) return refused('BAD_USER_INPUT', 'resourceId');
    if (input.note && input.note.length > 1000) return refused('BAD_USER_INPUT', 'note');
    resourceById(input.resourceId);
    path.items.push({ resourceId: input.resourceId, note: input.note || null, addedAt: new Date().toISOString() });
    return changed(path, context);
  },
  learningPathItemMove: ({ input }: Input<ItemInput & { position: number }>, context: FixtureContext) => {
    const { path, conflict } = editable(input.pathId, context, input.expectedVersion);
    if (conflict) return { ...refused('CONFLICT', null), record: pathView(path, context) };
    const from = path.items.findIndex((item) => item.resourceId === input.resourceId);
    if (from < 0 || input.position < 1 || input.position > path.items.length)
      return refused('BAD_USER_INPUT', 'position');
    pathLog.moves.push({ resourceId: input.resourceId, position: input.position });
    const [item] = path.items.splice(from, 1);
    if (item) path.items.splice(input.position - 1, 0, item);
    return changed(path, context);
  },
  learningPathItemUpdate: ({ input }: Input<ItemInput & { note?: string | null }>, context: FixtureContext) => {
    const { path, conflict } = editable(input.pathId, context, input.expectedVersion);
    if (conflict) return { ...refused('CONFLICT', null), record: pathView(path, context) };
    const item = path.items.find((candidate) => candidate.resourceId === input.resourceId);
    if (!item) return refused('BAD_USER_INPUT', 'resourceId');
    if (input.note && input.note.length > 1000) return refused('BAD_USER_INPUT', 'note');
    if (input.note !== undefined) item.note = input.note || null;
    return changed(path, context);
  },
  learningPathItemRemove: ({ input }: Input<ItemInput>, context: FixtureContext) => {
    const { path, conflict } = editable(input.pathId, context, input.expectedVersion);
    if (conflict) return { ...refused('CONFLICT', null), record: pathView(path, context) };
    path.items = path.items.filter((item) => item.resourceId !== input.resourceId);
    return changed(path, context);
  },
  learningPathFollow: ({ id }: { id: string }, context: FixtureContext) => {
    const path = readable(id, context);
    path.followers.add(signedInUser(context).id);
    return { success: true, record: pathView(path, context), errors: [] };
  },
  learningPathUnfollow: ({ id }: { id: string }, context: FixtureContext) => {
    const path = readable(id, context);
    path.followers.delete(signedInUser(context).id);
    return { success: true, record: pathView(path, context), errors: [] };
  },
  learningPathItemComplete: ({ input }: Input<ItemInput>, context: FixtureContext) => markDone(input, context, true),
  learningPathItemUncomplete: ({ input }: Input<ItemInput>, context: FixtureContext) => markDone(input, context, false),
  favoriteAdd: ({ resourceId }: { resourceId: string }, context: FixtureContext) => {
    const user = signedInUser(context);
    const list = favorites.get(user.id) ?? [];
    if (!list.some((favorite) => favorite.resourceId === resourceId)) {
      list.push({ resourceId, addedAt: new Date().toISOString() });
    }
    favorites.set(user.id, list);
    return { success: true, record: resourceById(resourceId), errors: [] };
  },
  favoriteRemove: ({ resourceId }: { resourceId: string }, context: FixtureContext) => {
    const user = signedInUser(context);
    favorites.set(
      user.id,
      (favorites.get(user.id) ?? []).filter((favorite) => favorite.resourceId !== resourceId),
    );
    return { success: true, record: resourceById(resourceId), errors: [] };
  },
  // the search subgraph's text search, as far as the path editor uses it: titles containing the words
  search: ({ input }: { input: { query?: string } }) => {
    const words = (input.query ?? '').toLowerCase();
    return connection(resources.filter((resource) => resource.title.toLowerCase().includes(words)).slice(0, 10));
  },
};

function markDone(input: ItemInput, context: FixtureContext, done: boolean) {
  const user = signedInUser(context);
  const path = readable(input.pathId, context);
  const marks = path.done.get(user.id) ?? new Set<string>();
  if (done) marks.add(input.resourceId);
  else marks.delete(input.resourceId);
  path.done.set(user.id, marks);
  return { success: true, record: pathView(path, context), errors: [] };
}
