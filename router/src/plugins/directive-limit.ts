import type { ApolloServerPlugin } from '@apollo/server';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { armorMeasure } from '../limits/armor-measure.js';
import { useOperationLimit } from '../limits/operation-limit.js';

/**
 * Refuses operations with more than `maxDirectives` directives, with a 400 and MAX_DIRECTIVES_EXCEEDED, counted
 * through fragments, every spread again (graphql-armor's max-directives rule, each fragment analysed once).
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useDirectiveLimit(50)] });
 */
export function useDirectiveLimit(maxDirectives: number): ApolloServerPlugin {
  return useOperationLimit({
    code: 'MAX_DIRECTIVES_EXCEEDED',
    limit: maxDirectives,
    measure: (operation) => armorMeasure(maxDirectivesRule, operation),
    message: (directives, limit) => `The operation has ${directives} directives; the limit is ${limit}.`,
  });
}
