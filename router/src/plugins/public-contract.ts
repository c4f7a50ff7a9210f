import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { execute, GraphQLError, type GraphQLSchema } from 'graphql';
import type { RouterContext } from '../context.js';
import { cachedContractCheck } from '../contract/cached-contract-check.js';
import { withoutSuggestions } from './hidden-suggestions.js';

const refused = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Holds partners' operations (`/partner/graphql`, where the context names the partner app) to the public contract
 * that `contract` returns (see `publicSchema`): an operation that is not valid against it is refused with a 400 and
 * GRAPHQL_VALIDATION_FAILED, as if the other elements did not exist, and introspection describes the contract alone.
 * The router answers introspection from the contract itself, so it cannot share an operation with data fields.
 * Partners never get "Did you mean …?" suggestions, which the API schema's validation would draw from elements
 * outside the contract. First-party requests are untouched. The verdicts of the `maxCachedVerdicts` most recent
 * operations are remembered per contract (see `cachedContractCheck`), so a repeated query is not validated again.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [usePublicContract(followSupergraph(gateway, readContract, null), 1000)] });
 */
export function usePublicContract(
  contract: () => GraphQLSchema | null,
  maxCachedVerdicts: number,
): ApolloServerPlugin<RouterContext> {
  const check = cachedContractCheck(maxCachedVerdicts);
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.partner) return;
      let introspection = false;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestions(error.message);
        },
        async didResolveOperation({ document, operation, operationName, queryHash }) {
          if (!operation) return;
          const schema = contract();
          if (!schema) throw refused('The public schema is not loaded yet; try again shortly.', 'NOT_READY');
          const verdict = check(schema, document, operation, `${queryHash}:${operationName ?? ''}`);
          if (verdict.refusal) throw refused(verdict.refusal.message, verdict.refusal.code);
          introspection = verdict.introspection;
        },
        async responseForOperation({ document, request }) {
          const schema = contract();
          if (!introspection || !schema) return null;
          const result = await execute({
            schema,
            document,
            operationName: request.operationName,
            variableValues: request.variables,
          });
          const errors = result.errors?.map((error) => error.toJSON());
          return {
            http: { headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data ?? null, ...(errors ? { errors } : {}) } },
          };
        },
      };
    },
  };
}
