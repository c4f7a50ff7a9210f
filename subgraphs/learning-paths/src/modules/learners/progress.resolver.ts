import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LearningPathsContext } from '../../context.js';
import {
  LearningPath,
  LearningPathItem,
  LearningPathProgress,
  type PathRow,
  pathItems,
} from '../learning-paths/index.js';

/** done / total in whole percent, rounded down, so 100 means every item is done. */
const percentOf = (done: number, total: number) => (total === 0 ? 0 : Math.floor((done * 100) / total));

/** The signed-in learner's state in a path and its items; anonymous callers have none. */
@Resolver(() => LearningPath)
export class PathProgressResolver {
  @Directive('@cacheControl(scope: PRIVATE)')
  @FieldResolver(() => LearningPathProgress, {
    nullable: true,
    description: "The signed-in user's progress; null when anonymous.",
  })
  async progress(@Root() path: PathRow, @Ctx() ctx: LearningPathsContext): Promise<LearningPathProgress | null> {
    if (!ctx.viewer) return null;
    const [items, done] = await Promise.all([pathItems(ctx, path.id), ctx.learnerLoaders.done.load(path.id)]);
    const doneCount = items.filter((item) => done.has(item.resource.id)).length;
    return {
      done: doneCount,
      total: items.length,
      percent: percentOf(doneCount, items.length),
      nextItem: items.find((item) => item.available && !done.has(item.resource.id)) ?? null,
    };
  }

  @Directive('@cacheControl(scope: PRIVATE)')
  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user follows the path.' })
  isFollowing(@Root() path: PathRow, @Ctx() ctx: LearningPathsContext): Promise<boolean> {
    return ctx.learnerLoaders.following.load(path.id);
  }
}

@Resolver(() => LearningPathItem)
export class ItemProgressResolver {
  @Directive('@cacheControl(scope: PRIVATE)')
  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user marked this item done.' })
  async done(@Root() item: LearningPathItem, @Ctx() ctx: LearningPathsContext): Promise<boolean> {
    return (await ctx.learnerLoaders.done.load(item.pathId)).has(item.resource.id);
  }
}
