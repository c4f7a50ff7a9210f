import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { type BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';
import { cacheControlDeclaration } from './cache-control.js';
import { type EntityResolvers, guardEntities } from './entities-guard.js';

/** The federation 2 directives a subgraph may use; imported once for every subgraph. */
const federationLink =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag", "@inaccessible", "@cost", "@listSize", "@authenticated", "@requiresScopes"])';

/**
 * Builds a federation 2 subgraph schema from type-graphql resolvers: type-graphql produces the SDL
 * (with `@key`, `@cacheControl` and friends attached by `@Directive`) and the resolvers, and @apollo/subgraph adds
 * `_service` and `_entities`, dispatching entity look-ups to `entities` once each representation has
 * been checked (see `guardEntities`).
 *
 * @example
 * const schema = await buildFederatedSchema({ resolvers: [ResourceResolver] }, {
 *   LearningResource: { id: uuidId, resolve: (id, ctx) => ctx.loaders.resource.load(id) },
 * });
 */
export async function buildFederatedSchema<Context>(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'validate'>,
  entities: EntityResolvers<Context> = {},
): Promise<GraphQLSchema> {
  // Checks are skipped because federation directives are only defined once @apollo/subgraph links them.
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const typeDefs = parse(`${federationLink}\n${cacheControlDeclaration}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<Context>;
  for (const [typeName, entity] of Object.entries(entities)) {
    const __resolveReference = (reference: { id: string }, context: Context) => entity.resolve(reference.id, context);
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      __resolveReference,
    } as GraphQLResolverMap<Context>[string];
  }
  return guardEntities(buildSubgraphSchema([{ typeDefs, resolvers }]), entities);
}
