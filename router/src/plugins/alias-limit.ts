import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { armorMeasure } from '../limits/armor-measure.js';
import { useOperationLimit } from '../limits/operation-limit.js';

/**
 * Refuses operations with more than `maxAliases` aliased fields, with a 400 and MAX_ALIASES_EXCEEDED: aliases
 * are how one request asks for the same expensive field many times. Counted through fragments, every spread
 * again (graphql-armor's max-aliases rule, each fragment analysed once); aliases of `__typename` are free.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useAliasLimit(30)] });
 */
export function useAliasLimit(maxAliases: number): ApolloServerPlugin {
  return useOperationLimit({
    code: 'MAX_ALIASES_EXCEEDED',
    limit: maxAliases,
    measure: (operation) => armorMeasure(maxAliasesRule, operation),
    message: (aliases, limit) => `The operation has ${aliases} aliases; the limit is ${limit}.`,
  });
}
