import { buildFederatedSchema, uuidId } from '@learngraph/service-kit';
import type { LearningPathsContext } from './context.js';
import { AuthorResolver, LearningPathResolver } from './modules/learning-paths/index.js';

/** The learning-paths subgraph's federated schema. */
export function buildLearningPathsSchema() {
  return buildFederatedSchema<LearningPathsContext>(
    { resolvers: [LearningPathResolver, AuthorResolver] },
    {
      LearningPath: { id: uuidId, resolve: (id, ctx) => ctx.loaders.path.load(id) },
      // Any user may have paths; the users subgraph owns whether the user exists.
      User: { id: uuidId, resolve: (id) => ({ id }) },
    },
  );
}
