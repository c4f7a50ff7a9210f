import { requireUuid, requireViewer, type Viewer } from '@learngraph/service-kit';
import type { LearningPathsContext } from '../../context.js';
import type { Transaction } from '../../db.js';
import { readablePath } from './learning-path.resolver.js';
import { type LearningPathResponse, respond } from './mutation-response.js';

/** The path as the viewer sees it now, read afresh after a change. */
export function freshPath(ctx: LearningPathsContext, id: string) {
  ctx.loaders.path.clear(id);
  ctx.loaders.items.clear(id);
  return readablePath(ctx, id);
}

/**
 * The shape of every mutation of one existing path: authenticate, check the path's id (`field` names it in
 * the error), run `change` in one transaction, and answer the path as it is afterwards — or, after invalid
 * input or a CONFLICT, as it is now (see `respond`).
 *
 * @example
 * return changePath(ctx, input.pathId, 'pathId', (tx, viewer, pathId) => removeItem(tx, viewer, { pathId, … }));
 */
export function changePath(
  ctx: LearningPathsContext,
  id: string,
  field: string,
  change: (tx: Transaction, viewer: Viewer, pathId: string) => Promise<unknown>,
  answer: (pathId: string) => Promise<unknown> = (pathId) => freshPath(ctx, pathId),
): Promise<LearningPathResponse> {
  const viewer = requireViewer(ctx.viewer);
  const pathId = requireUuid(id, field);
  return respond(
    async () => {
      await ctx.db.$transaction((tx) => change(tx, viewer, pathId));
      return (await answer(pathId)) as Awaited<ReturnType<typeof freshPath>>;
    },
    () => freshPath(ctx, pathId),
  );
}
