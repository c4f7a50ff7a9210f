import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LearningPathsContext } from '../../context.js';
import { requireSelf } from '../../self-only.js';
import {
  connectionSize,
  LearningPath,
  LearningPathConnection,
  newestFirstPage,
  PageArgs,
  type PathRow,
  UserReference,
} from '../learning-paths/index.js';

/** A learner's own lists: what they follow, and where to continue. */
@Resolver(() => UserReference)
export class LearnerListsResolver {
  @Directive(connectionSize)
  @Directive('@authenticated')
  @FieldResolver(() => LearningPathConnection, {
    description: 'The paths this user follows and may still see, most recently followed first (the user only).',
  })
  followedPaths(
    @Root() user: UserReference,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathConnection> {
    const viewer = requireSelf(ctx.viewer, user.id, 'followed paths');
    return newestFirstPage(
      page,
      async (take, position) =>
        // Ordered by when they were followed: that time stands in the cursor for the creation time.
        (await ctx.learners.followed(viewer, take, position)).map((path) => ({
          path,
          createdAt: path.followedAt,
          id: path.id,
        })),
      () => ctx.learners.followedCount(viewer),
      (row) => row.path,
    );
  }

  @Directive('@authenticated')
  @FieldResolver(() => LearningPath, {
    nullable: true,
    description:
      'Where to continue: the path this user was last active in (marked an item done, or followed it) that still has an item to do; its `progress.nextItem` is the next step (the user only).',
  })
  continueLearning(@Root() user: UserReference, @Ctx() ctx: LearningPathsContext): Promise<PathRow | null> {
    return ctx.learners.lastUnfinished(requireSelf(ctx.viewer, user.id, 'progress'));
  }
}
