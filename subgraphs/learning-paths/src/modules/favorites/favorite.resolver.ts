import { badUserInput, requireUuid, requireViewer, type Viewer } from '@learngraph/service-kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { LearningPathsContext } from '../../context.js';
import { requireSelf } from '../../self-only.js';
import {
  connectionSize,
  LearningResourceReference,
  newestFirstPage,
  PageArgs,
  respond,
  UserReference,
} from '../learning-paths/index.js';
import { favoritesMax } from './favorite.repository.js';
import { FavoriteConnection, FavoriteResponse } from './favorite.type.js';

const onResource = (message: string) => badUserInput(`resourceId ${message}.`, [{ field: 'resourceId', message }]);

/** Runs a change of the viewer's favourites; the answer's record is the resource. */
function changeFavorites(
  ctx: LearningPathsContext,
  resourceId: string,
  change: (viewer: Viewer, id: string) => Promise<void>,
): Promise<FavoriteResponse> {
  const viewer = requireViewer(ctx.viewer);
  return respond(async () => {
    const id = requireUuid(resourceId, 'resourceId');
    await change(viewer, id);
    return { id };
  });
}

/** Every user's favourites: a private list of resources, changed idempotently. */
@Resolver(() => UserReference)
export class FavoriteResolver {
  @Directive('@authenticated')
  @Mutation(() => FavoriteResponse, { description: 'Adds a published resource to your favourites; again: no change.' })
  favoriteAdd(
    @Arg('resourceId', () => ID) resourceId: string,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<FavoriteResponse> {
    return changeFavorites(ctx, resourceId, async (viewer, id) => {
      if (!(await ctx.favorites.isKnown(id))) throw onResource('no published learning resource has this id');
      if (!(await ctx.favorites.add(viewer.userId, id))) {
        throw onResource(`favourites hold at most ${favoritesMax} resources`);
      }
    });
  }

  @Directive('@authenticated')
  @Mutation(() => FavoriteResponse, { description: 'Removes a resource from your favourites; when absent: no change.' })
  favoriteRemove(
    @Arg('resourceId', () => ID) resourceId: string,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<FavoriteResponse> {
    return changeFavorites(ctx, resourceId, (viewer, id) => ctx.favorites.remove(viewer.userId, id));
  }

  @Directive(connectionSize)
  @Directive('@authenticated')
  @FieldResolver(() => FavoriteConnection, { description: "This user's favourites, newest first (the user only)." })
  async favorites(
    @Root() user: UserReference,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<FavoriteConnection> {
    const viewer = requireSelf(ctx.viewer, user.id, 'favourites');
    const favorites = await newestFirstPage(
      page,
      (take, position) => ctx.favorites.page(viewer.userId, take, position),
      () => ctx.favorites.count(viewer.userId),
      (row) => row,
    );
    const edges = favorites.edges.map(({ cursor, node }) => ({
      cursor,
      addedAt: node.createdAt,
      node: { id: node.resourceId },
    }));
    return { ...favorites, edges };
  }
}

@Resolver(() => LearningResourceReference)
export class ResourceFavoriteResolver {
  @Directive('@cacheControl(scope: PRIVATE)')
  @FieldResolver(() => Boolean, {
    description: "Whether it is in the signed-in user's favourites; false when anonymous.",
  })
  isFavorite(@Root() resource: LearningResourceReference, @Ctx() ctx: LearningPathsContext): Promise<boolean> {
    return ctx.favoriteLoaders.isFavorite.load(resource.id);
  }
}
