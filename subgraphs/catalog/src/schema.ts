import { buildFederatedSchema, uuidId } from '@learngraph/service-kit';
import type { CatalogContext } from './context.js';
import {
  LearningResourceEditorResolver,
  LearningResourceResolver,
  LearningResourceViewResolver,
} from './modules/learning-resources/index.js';
import { DepartmentResolver, TaxonomyListsResolver, TopicResolver } from './modules/taxonomy/index.js';

/** Offerors, platforms and departments are named by short codes such as `mitx` or `18`. */
const taxonomyCode = (value: string) => (/^[\w.-]{1,64}$/.test(value) ? value : null);

/** The catalog's federated schema: its resolvers, and how the router's entity references are resolved. */
export function buildCatalogSchema() {
  return buildFederatedSchema<CatalogContext>(
    {
      resolvers: [
        LearningResourceResolver,
        LearningResourceEditorResolver,
        LearningResourceViewResolver,
        TopicResolver,
        DepartmentResolver,
        TaxonomyListsResolver,
      ],
    },
    {
      LearningResource: { id: uuidId, resolve: (id, ctx) => ctx.loaders.resource.load(id) },
      Topic: { id: uuidId, resolve: async (id, ctx) => (await ctx.taxonomy.topics()).byId.get(id) ?? null },
      Offeror: { id: taxonomyCode, resolve: async (id, ctx) => (await ctx.taxonomy.offerors()).get(id) ?? null },
      Platform: { id: taxonomyCode, resolve: async (id, ctx) => (await ctx.taxonomy.platforms()).get(id) ?? null },
      Department: {
        id: taxonomyCode,
        resolve: async (id, ctx) => (await ctx.taxonomy.departments()).get(id) ?? null,
      },
    },
  );
}
