import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequest } from '../../http/request-scope.js';

/** A GraphQLError's code; anything else is what clients see as INTERNAL_SERVER_ERROR. */
const codeOf = (error: Error) => {
  const code = 'extensions' in error ? (error.extensions as Record<string, unknown> | undefined)?.code : undefined;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
};

const noteErrors = (errors: readonly Error[]) => {
  const record = currentRequest();
  if (!record) return;
  for (const error of errors) {
    const code = codeOf(error);
    if (!record.errorCodes.includes(code)) record.errorCodes.push(code);
  }
};

/**
 * Fills the running request's record (see `observeRequest`) with the operation's name and the codes of the errors
 * it met, refusals of the context (a bad token, a rate limit) included, for its log line and metrics.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useRequestRecord()] });
 */
export function useRequestRecord(): ApolloServerPlugin {
  return {
    async contextCreationDidFail({ error }) {
      noteErrors([error]);
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const record = currentRequest();
          if (record && operationName) record.operationName = operationName;
        },
        async didEncounterErrors({ errors }) {
          noteErrors(errors);
        },
      };
    },
  };
}
