import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { foldSelections } from '../limits/fold-selections.js';

type Counts = ReadonlyMap<string, number>;

const mergeCounts = (values: readonly Counts[]): Counts => {
  const total = new Map<string, number>();
  for (const counts of values) {
    for (const [name, count] of counts) total.set(name, (total.get(name) ?? 0) + count);
  }
  return total;
};

/**
 * Refuses, with a 400 and MUTATION_REPEATED naming the field, a mutation operation that selects the same root
 * field more than once, under aliases or through fragments: each mutation field has a side effect, and aliases
 * would otherwise multiply it (three aliases of `accountCreate`, three sign-ups). Nothing runs when one is repeated.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useMutationFieldsOnce()] });
 */
export function useMutationFieldsOnce(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation?.operation !== 'mutation') return;
          const counts = foldSelections(
            { schema, document, operation, variables: request.variables ?? {} },
            {
              merge: mergeCounts,
              // `__typename` has no side effect.
              field: ({ node }) => new Map(node.name.value.startsWith('__') ? [] : [[node.name.value, 1]]),
            },
          );
          for (const [field, count] of counts) {
            if (count <= 1) continue;
            throw new GraphQLError(
              `The mutation selects ${field} ${count} times; each mutation field may run once per operation.`,
              { extensions: { code: 'MUTATION_REPEATED', field, count, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
