import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequest } from '../../http/request-scope.js';

/** A GraphQLError's code; anything else is what clients see as INTERNAL_SERVER_ERROR. */
const codeOf = (error: Error) => {
  const code = 'extensions' in error ? (error.extensions as Record<string, unknown> | undefined)?.code : undefined;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
};

/**
 * Adds error codes to the running request's record, for errors that a plugin puts into the answer itself rather than
 * Apollo Server meeting them (such as the router's refusals of removed fields), so its log line and metrics count them.
 *
 * @example
 * recordErrorCodes(['FORBIDDEN']);
 */
export function recordErrorCodes(codes: Iterable<string>): void {
  const record = currentRequest();
  if (!record) return;
  for (const code of codes) if (!record.errorCodes.includes(code)) record.errorCodes.push(code);
}

const noteErrors = (errors: readonly Error[]) => recordErrorCodes(errors.map(codeOf));

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
