import { buildFederatedSchema } from '@learngraph/service-kit';
import type { LearningPathsContext } from './context.js';
import { AuthorResolver, LearningPathResolver } from './modules/learning-paths/index.js';

/** The learning-paths subgraph's federated schema. */
export function buildLearningPathsSchema() {
  return buildFederatedSchema<LearningPathsContext>(
    { resolvers: [LearningPathResolver, AuthorResolver] },
    {
      LearningPath: { __resolveReference: (reference, ctx) => ctx.loaders.path.load(reference.id) },
      // Any user may have paths; the users subgraph owns whether the user exists.
      User: { __resolveReference: (reference) => ({ id: reference.id }) },
    },
  );
}
