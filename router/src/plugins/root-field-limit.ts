import type { ApolloServerPlugin } from '@apollo/server';
import { foldSelections, sum } from '../limits/fold-selections.js';
import { useOperationLimit } from '../limits/operation-limit.js';

/**
 * Refuses operations with more than `maxRootFields` fields directly under the root, with a 400 and
 * MAX_ROOT_FIELDS_EXCEEDED: each root field is a separate entry point the gateway plans and fetches. Fields in
 * fragments count at every spread, so a fragment bomb at the root is refused here.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useRootFieldLimit(20)] });
 */
export function useRootFieldLimit(maxRootFields: number): ApolloServerPlugin {
  return useOperationLimit({
    code: 'MAX_ROOT_FIELDS_EXCEEDED',
    limit: maxRootFields,
    measure: (operation) => foldSelections(operation, { merge: sum, field: () => 1 }),
    message: (fields, limit) => `The operation has ${fields} root fields; the limit is ${limit}.`,
  });
}
