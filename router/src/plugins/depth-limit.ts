import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { armorMeasure } from '../limits/armor-measure.js';
import { useOperationLimit } from '../limits/operation-limit.js';

/**
 * Refuses operations whose fields nest deeper than `maxDepth`, with a 400 and MAX_DEPTH_EXCEEDED, before any
 * subgraph is asked. Fragments count as the fields they hold (graphql-armor's max-depth rule, with flattened
 * fragments, each analysed once); introspection's `__schema`, off in production, is not counted.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useDepthLimit(12)] });
 */
export function useDepthLimit(maxDepth: number): ApolloServerPlugin {
  return useOperationLimit({
    code: 'MAX_DEPTH_EXCEEDED',
    limit: maxDepth,
    measure: (operation) => armorMeasure((options) => maxDepthRule({ ...options, flattenFragments: true }), operation),
    message: (depth, limit) => `The operation is ${depth} levels deep; the limit is ${limit}.`,
  });
}
