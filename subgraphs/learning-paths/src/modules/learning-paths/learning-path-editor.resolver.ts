import { requireUuid, requireViewer } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { LearningPathsContext } from '../../context.js';
import { changePath, freshPath } from './change-path.js';
import {
  LearningPathCopyInput,
  LearningPathCreateInput,
  LearningPathDeleteInput,
  LearningPathUpdateInput,
} from './learning-path.inputs.js';
import { readCreateInput, readInput, readUpdateInput, titleSchema } from './learning-path-input.js';
import { LearningPathResponse, respond } from './mutation-response.js';
import { copyPath, createPath, deletePath, setHidden, updatePath } from './path-writer.js';

const copyTitle = z.object({ title: titleSchema.nullish().transform((title) => title ?? null) });

/**
 * Creating, changing, deleting, copying and hiding paths. Each mutation authenticates, then runs in one
 * transaction that locks the path first (see `lockPath`), so it either happens whole or not at all.
 */
@Resolver()
export class LearningPathEditorResolver {
  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, { description: 'Creates a path authored by the signed-in user.' })
  learningPathCreate(
    @Arg('input', () => LearningPathCreateInput) input: LearningPathCreateInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    const viewer = requireViewer(ctx.viewer);
    return respond(async () => {
      const fields = readCreateInput(input);
      const id = await ctx.db.$transaction((tx) => createPath(tx, viewer, fields));
      return freshPath(ctx, id);
    });
  }

  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, { description: 'Changes a path (its author and co-editors).' })
  learningPathUpdate(
    @Arg('input', () => LearningPathUpdateInput) input: LearningPathUpdateInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    return changePath(ctx, input.id, 'id', (tx, viewer, id) =>
      updatePath(tx, viewer, id, readUpdateInput(input), input.expectedVersion ?? null),
    );
  }

  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, { description: 'Deletes a path (its author only); the record is null.' })
  learningPathDelete(
    @Arg('input', () => LearningPathDeleteInput) input: LearningPathDeleteInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    return changePath(
      ctx,
      input.id,
      'id',
      (tx, viewer, id) => deletePath(tx, viewer, id, input.expectedVersion ?? null),
      async () => null,
    );
  }

  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, {
    description: 'Copies a public or unlisted path (or your own) into a new private path of yours.',
  })
  learningPathCopy(
    @Arg('input', () => LearningPathCopyInput) input: LearningPathCopyInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    const viewer = requireViewer(ctx.viewer);
    const id = requireUuid(input.id, 'id');
    return respond(async () => {
      const { title } = readInput(copyTitle, { title: input.title });
      const copyId = await ctx.db.$transaction((tx) => copyPath(tx, viewer, id, title));
      return freshPath(ctx, copyId);
    });
  }

  @Directive('@requiresScopes(scopes: [["role:admin"]])')
  @Mutation(() => LearningPathResponse, {
    description: 'Hides a public or unlisted path from everyone but its members (administrators only).',
  })
  learningPathHide(@Arg('id', () => ID) id: string, @Ctx() ctx: LearningPathsContext): Promise<LearningPathResponse> {
    return this.setHidden(ctx, id, true);
  }

  @Directive('@requiresScopes(scopes: [["role:admin"]])')
  @Mutation(() => LearningPathResponse, { description: 'Shows a hidden path again (administrators only).' })
  learningPathUnhide(@Arg('id', () => ID) id: string, @Ctx() ctx: LearningPathsContext): Promise<LearningPathResponse> {
    return this.setHidden(ctx, id, false);
  }

  private setHidden(ctx: LearningPathsContext, id: string, hidden: boolean): Promise<LearningPathResponse> {
    return changePath(ctx, id, 'id', (tx, viewer, pathId) => setHidden(tx, viewer, pathId, hidden));
  }
}
