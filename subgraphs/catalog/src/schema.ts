import { buildFederatedSchema } from '@learngraph/service-kit';
import type { CatalogContext } from './context.js';
import { LearningResourceResolver } from './modules/learning-resources/index.js';

/** The catalog's federated schema: its resolvers, and how the router's entity references are resolved. */
export function buildCatalogSchema() {
  return buildFederatedSchema<CatalogContext>(
    { resolvers: [LearningResourceResolver] },
    {
      LearningResource: { __resolveReference: (reference, ctx) => ctx.loaders.resource.load(reference.id) },
    },
  );
}
