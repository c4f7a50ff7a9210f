import { buildFederatedSchema, uuidId } from '@learngraph/service-kit';
import type { LearningPathsContext } from './context.js';
import { FavoriteResolver, ResourceFavoriteResolver } from './modules/favorites/index.js';
import {
  ItemProgressResolver,
  LearnerListsResolver,
  LearnerResolver,
  PathProgressResolver,
} from './modules/learners/index.js';
import {
  LearningPathEditorResolver,
  LearningPathResolver,
  PathItemsResolver,
  ResourcePathsResolver,
  readablePath,
  UserPathsResolver,
} from './modules/learning-paths/index.js';

/** The learning-paths subgraph's federated schema. */
export function buildLearningPathsSchema() {
  return buildFederatedSchema<LearningPathsContext>(
    {
      resolvers: [
        LearningPathResolver,
        LearningPathEditorResolver,
        PathItemsResolver,
        UserPathsResolver,
        ResourcePathsResolver,
        LearnerResolver,
        LearnerListsResolver,
        PathProgressResolver,
        ItemProgressResolver,
        FavoriteResolver,
        ResourceFavoriteResolver,
      ],
    },
    {
      // A path the caller may not see is null, exactly like one that does not exist.
      LearningPath: { id: uuidId, resolve: (id, ctx) => readablePath(ctx, id) },
      // Any user may have paths; the users subgraph owns whether the user exists.
      User: { id: uuidId, resolve: (id) => ({ id }) },
      // Any resource may be in paths or favourites; the catalog owns whether it exists.
      LearningResource: { id: uuidId, resolve: (id) => ({ id }) },
    },
  );
}
