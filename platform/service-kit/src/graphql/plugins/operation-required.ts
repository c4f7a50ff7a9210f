import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

/**
 * Answers a request whose document does not name one operation to run (an unknown `operationName`,
 * several operations and no name, or fragments only) with a 400 and OPERATION_RESOLUTION_FAILURE, before
 * any execution. Apollo Gateway would otherwise fail inside its executor, which clients see as a 500.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useOperationRequired()] });
 */
export function useOperationRequired(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
          const message = request.operationName
            ? `The document has no operation named "${request.operationName}".`
            : operations.length > 1
              ? 'The document has several operations: name the one to run in operationName.'
              : 'The document has no operation to run.';
          throw new GraphQLError(message, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          });
        },
      };
    },
  };
}
