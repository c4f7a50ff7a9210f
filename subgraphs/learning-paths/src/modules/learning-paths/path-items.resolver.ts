import { requireUuid } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { LearningPathsContext } from '../../context.js';
import { changePath } from './change-path.js';
import {
  LearningPathItemAddInput,
  LearningPathItemMoveInput,
  LearningPathItemRemoveInput,
  LearningPathItemUpdateInput,
} from './learning-path.inputs.js';
import { noteSchema, readInput } from './learning-path-input.js';
import { LearningPathResponse } from './mutation-response.js';
import { addItem, moveItem, removeItem, updateItem } from './path-items.js';

const addFields = z.object({
  note: noteSchema,
  position: z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .nullish()
    .transform((position) => position ?? null),
});

const noteFields = z.object({ note: noteSchema });

/** Adding, changing, removing and moving the items of a path (its author and co-editors); each answers the whole path. */
@Resolver()
export class PathItemsResolver {
  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, { description: 'Adds a published resource to a path.' })
  learningPathItemAdd(
    @Arg('input', () => LearningPathItemAddInput) input: LearningPathItemAddInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    return changePath(ctx, input.pathId, 'pathId', (tx, viewer, pathId) => {
      const { note, position } = readInput(addFields, { note: input.note, position: input.position });
      return addItem(tx, viewer, {
        pathId,
        resourceId: requireUuid(input.resourceId, 'resourceId'),
        note,
        position,
        required: input.required ?? true,
        expectedVersion: input.expectedVersion ?? null,
      });
    });
  }

  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, {
    description: "Changes an item's note or whether it is required; its place and learners' progress stay.",
  })
  learningPathItemUpdate(
    @Arg('input', () => LearningPathItemUpdateInput) input: LearningPathItemUpdateInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    return changePath(ctx, input.pathId, 'pathId', (tx, viewer, pathId) => {
      // a note left out stays; null or empty text clears it
      const note = input.note === undefined ? undefined : readInput(noteFields, { note: input.note }).note;
      return updateItem(tx, viewer, {
        pathId,
        resourceId: requireUuid(input.resourceId, 'resourceId'),
        note,
        required: input.required ?? undefined,
        expectedVersion: input.expectedVersion ?? null,
      });
    });
  }

  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, { description: 'Removes an item from a path.' })
  learningPathItemRemove(
    @Arg('input', () => LearningPathItemRemoveInput) input: LearningPathItemRemoveInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    return changePath(ctx, input.pathId, 'pathId', (tx, viewer, pathId) =>
      removeItem(tx, viewer, {
        pathId,
        resourceId: requireUuid(input.resourceId, 'resourceId'),
        expectedVersion: input.expectedVersion ?? null,
      }),
    );
  }

  @Directive('@authenticated')
  @Mutation(() => LearningPathResponse, {
    description: 'Moves an item to another position; the others close up around it, atomically.',
  })
  learningPathItemMove(
    @Arg('input', () => LearningPathItemMoveInput) input: LearningPathItemMoveInput,
    @Ctx() ctx: LearningPathsContext,
  ): Promise<LearningPathResponse> {
    return changePath(ctx, input.pathId, 'pathId', (tx, viewer, pathId) =>
      moveItem(tx, viewer, {
        pathId,
        resourceId: requireUuid(input.resourceId, 'resourceId'),
        position: input.position,
        expectedVersion: input.expectedVersion ?? null,
      }),
    );
  }
}
