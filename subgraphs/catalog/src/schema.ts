import { buildFederatedSchema } from '@learngraph/service-kit';
import type { CatalogContext } from './context.js';
import { LearningResourceEditorResolver, LearningResourceResolver } from './modules/learning-resources/index.js';
import { DepartmentResolver, TaxonomyListsResolver, TopicResolver } from './modules/taxonomy/index.js';

/** The catalog's federated schema: its resolvers, and how the router's entity references are resolved. */
export function buildCatalogSchema() {
  return buildFederatedSchema<CatalogContext>(
    {
      resolvers: [
        LearningResourceResolver,
        LearningResourceEditorResolver,
        TopicResolver,
        DepartmentResolver,
        TaxonomyListsResolver,
      ],
    },
    {
      LearningResource: { __resolveReference: (reference, ctx) => ctx.loaders.resource.load(reference.id) },
      Topic: {
        __resolveReference: async (reference, ctx) => (await ctx.taxonomy.topics()).byId.get(reference.id) ?? null,
      },
      Offeror: {
        __resolveReference: async (reference, ctx) => (await ctx.taxonomy.offerors()).get(reference.id) ?? null,
      },
      Platform: {
        __resolveReference: async (reference, ctx) => (await ctx.taxonomy.platforms()).get(reference.id) ?? null,
      },
      Department: {
        __resolveReference: async (reference, ctx) => (await ctx.taxonomy.departments()).get(reference.id) ?? null,
      },
    },
  );
}
