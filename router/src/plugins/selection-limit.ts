import type { ApolloServerPlugin } from '@apollo/server';
import { foldSelections, sum } from '../limits/fold-selections.js';
import { useOperationLimit } from '../limits/operation-limit.js';

/**
 * Refuses operations with more than `maxSelections` field selections once every fragment spread is expanded,
 * with a 400 and MAX_SELECTIONS_EXCEEDED. The gateway's query planner expands fragments, so its work grows
 * with this number: a 1 KB document whose fragments spread each other twice, 21 levels deep, is two million
 * selections. Counted in linear time, each fragment once.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useSelectionLimit(1_000)] });
 */
export function useSelectionLimit(maxSelections: number): ApolloServerPlugin {
  return useOperationLimit({
    code: 'MAX_SELECTIONS_EXCEEDED',
    limit: maxSelections,
    measure: (operation) => foldSelections(operation, { merge: sum, field: (_field, inner) => 1 + inner() }),
    message: (selections, limit) =>
      `The operation selects ${selections} fields once its fragments are expanded; the limit is ${limit}.`,
  });
}
