import { badUserInput, requireUuid } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { LearningPathsContext } from '../../context.js';
import type { Transaction } from '../../db.js';
import { changePath, freshPath, LearningPathResponse, lockPath, requireAccess } from '../learning-paths/index.js';
import { follow, unfollow } from './learner.repository.js';

@InputType('LearningPathItemProgressInput')
export class LearningPathItemProgressInput {
  @Field(() => ID)
  pathId!: string;

  @Field(() => ID, { description: 'The item, by its resource.' })
  resourceId!: string;
}

const notInPath = () =>
  badUserInput('resourceId is not in the path.', [
    { field: 'resourceId', message: 'this resource is not in the path' },
  ]);

/** Marks the item done or not for the user; idempotent either way. */
async function mark(tx: Transaction, userId: string, pathId: string, resourceId: string, done: boolean) {
  const [item] = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM learning_path_item WHERE path_id = ${pathId}::uuid AND resource_id = ${resourceId}::uuid`;
  if (!item) throw notInPath();
  if (done) {
    await tx.$executeRaw`
      INSERT INTO item_progress (user_id, path_id, resource_id)
      VALUES (${userId}::uuid, ${pathId}::uuid, ${resourceId}::uuid) ON CONFLICT DO NOTHING`;
  } else {
    await tx.itemProgress.deleteMany({ where: { userId, pathId, resourceId } });
  }
}

/** A learner follows paths they may see and marks their items done; each answer is the path. */
@Resolver()
export class LearnerResolver {
  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, {
    description: 'Follows a path you may see; following it again changes nothing.',
  })
  learningPathFollow(@Arg('id', () => ID) id: string, @Ctx() ctx: LearningPathsContext): Promise<LearningPathResponse> {
    return changePath(ctx, id, 'id', async (tx, viewer, pathId) => {
      await lockPath(tx, pathId, viewer, 'read');
      await follow(tx, viewer.userId, pathId);
      ctx.learnerLoaders.following.clear(pathId);
    });
  }

  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, {
    description: 'Stops following a path; when not following it, nothing changes.',
  })
  learningPathUnfollow(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    return changePath(ctx, id, 'id', async (tx, viewer, pathId) => {
      await unfollow(tx, viewer.userId, pathId);
      ctx.learnerLoaders.following.clear(pathId);
    });
  }

  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, { description: 'Marks an item of a path you may see done (again: no change).' })
  learningPathItemComplete(
    @Arg('input', () => LearningPathItemProgressInput) input: LearningPathItemProgressInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    return this.mark(ctx, input, true);
  }

  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, { description: 'Marks an item not done (when it is not: no change).' })
  learningPathItemUncomplete(
    @Arg('input', () => LearningPathItemProgressInput) input: LearningPathItemProgressInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    return this.mark(ctx, input, false);
  }

  private mark(ctx: LearningPathsContext, input: LearningPathItemProgressInput, done: boolean) {
    return changePath(
      ctx,
      input.pathId,
      'pathId',
      async (tx, viewer, pathId) => {
        // No lock: many learners mark items of one path at once, and none of them changes the path.
        requireAccess(await ctx.loaders.path.load(pathId), viewer, 'read');
        await mark(tx, viewer.userId, pathId, requireUuid(input.resourceId, 'resourceId'), done);
      },
      (pathId) => {
        ctx.learnerLoaders.done.clear(pathId);
        return freshPath(ctx, pathId);
      },
    );
  }
}
