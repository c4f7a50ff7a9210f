import type { Viewer } from '@learngraph/service-kit';
import DataLoader from 'dataloader';
import type { LearnerRepository } from './learner.repository.js';

/**
 * Per-request loaders of the viewer's own state in many paths at once: which items they marked done, and
 * whether they follow each path. Anonymous viewers have none, and cost no query.
 *
 * @example
 * const done = await createLearnerLoaders(learners, ctx.viewer).done.load(pathId); // resource ids
 */
export function createLearnerLoaders(learners: LearnerRepository, viewer: Viewer | null) {
  return {
    done: new DataLoader<string, Set<string>>(async (pathIds) => {
      if (!viewer) return pathIds.map(() => new Set<string>());
      const rows = await learners.doneIn(viewer.userId, pathIds);
      return pathIds.map((pathId) => new Set(rows.filter((row) => row.pathId === pathId).map((row) => row.resourceId)));
    }),
    following: new DataLoader<string, boolean>(async (pathIds) => {
      if (!viewer) return pathIds.map(() => false);
      const followed = await learners.followingOf(viewer.userId, pathIds);
      return pathIds.map((pathId) => followed.has(pathId));
    }),
  };
}

export type LearnerLoaders = ReturnType<typeof createLearnerLoaders>;
