import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { recordErrorCodes } from '@learngraph/service-kit';
import { print } from 'graphql';
import type { AccessPolicy } from '../authorization/access-policy.js';
import { answerRemoved } from '../authorization/answer-removed.js';
import type { CallerAccess } from '../authorization/caller-access.js';
import { type Authorized, removeUnauthorized } from '../authorization/remove-unauthorized.js';

/**
 * Enforces the supergraph's `@authenticated` and `@requiresScopes` before the gateway plans the operation: the fields
 * the caller may not have are removed (see `removeUnauthorized`), so no subgraph is asked for them, and come back null
 * with an UNAUTHENTICATED or FORBIDDEN error at their path while the rest of the operation answers; their codes are
 * counted in the request log and `router_request_errors_total` like any other error. `policy` returns
 * the rules of the supergraph being served. Subgraphs keep their own checks; this one spares them the request.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useAuthorization(followSupergraph(gateway, readPolicy, new Map()))] });
 */
export function useAuthorization(policy: () => AccessPolicy): ApolloServerPlugin<{ access: CallerAccess }> {
  return {
    async requestDidStart() {
      let authorized: Authorized | null = null;
      return {
        // Here rather than in didResolveOperation: every query limit has passed, so the inlined document is bounded.
        async responseForOperation(request) {
          authorized = removeUnauthorized(request, policy(), request.contextValue.access);
          if (!authorized) return null;
          if (!authorized.document)
            return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: {} } };
          const text = print(authorized.document);
          // The gateway plans the document in the request and caches the plan by the query's hash: both must now
          // be those of the operation that is left.
          Object.assign(request, {
            document: authorized.document,
            operation: authorized.document.definitions[0],
            queryHash: createHash('sha256').update(text).digest('hex'),
          });
          return null;
        },
        async willSendResponse({ response }) {
          if (!authorized || response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          const answer = answerRemoved(authorized, singleResult.data, singleResult.errors);
          singleResult.data = answer.data;
          singleResult.errors = answer.errors;
          // Apollo Server never meets these errors (they join the answer here), so the request's record, which its
          // log line and metrics read, is told of them directly.
          recordErrorCodes(authorized.removed.map(({ code }) => code));
        },
      };
    },
  };
}
