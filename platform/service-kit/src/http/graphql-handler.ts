import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { routerSignatureHeader, verifyRouterSignature } from '../auth/router-signature.js';
import { batchProblem } from './batch-problem.js';
import { sendGraphQLError } from './json-response.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { observeRequest, type RequestObservation } from './request-scope.js';

export interface GraphQLHandlerOptions<Context extends BaseContext> {
  /** A started Apollo Server. */
  apollo: ApolloServer<Context>;
  /** Builds the per-request context (the viewer, loaders); may throw a GraphQLError. */
  context: (req: IncomingMessage) => Promise<Context>;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /**
   * When given, a body may be a batch (a JSON array) of one to this many operations, each an object (see
   * `batchProblem`); the Apollo Server must then allow batched requests. Anything else is refused with a 400.
   */
  maxBatchOperations?: number;
  /**
   * When given, only POST requests signed by the router with one of these keys are served (subgraphs are
   * never public); anything else is refused before GraphQL sees it.
   */
  routerKeys?: readonly string[];
  /**
   * When given, every request gets an id and a log line (see `observeRequest`); the Apollo Server should then
   * carry `useRequestRecord()` so that the line names the operation and its error codes.
   */
  observation?: RequestObservation;
}

const signatureRefusals = {
  missing: ['ROUTER_SIGNATURE_REQUIRED', 'This service only answers the router.'],
  malformed: ['ROUTER_SIGNATURE_INVALID', 'The router signature is malformed.'],
  expired: ['ROUTER_SIGNATURE_INVALID', 'The router signature has expired.'],
  invalid: ['ROUTER_SIGNATURE_INVALID', 'The router signature does not match.'],
} as const;

/**
 * Serves GraphQL over Node's own HTTP server through Apollo's transport-neutral entry point, with an
 * explicit body-size limit and clean 4xx answers for bodies that are too large or not JSON, and, for
 * subgraphs, the router's signature checked before anything else.
 *
 * @example
 * const handle = createGraphQLHandler({ apollo, context: async (req) => ({ viewer: null }), maxBodyBytes: 1_000_000 });
 * http.createServer((req, res) => handle(req, res));
 */
export function createGraphQLHandler<Context extends BaseContext>(options: GraphQLHandlerOptions<Context>) {
  const { apollo, context, maxBodyBytes, maxBatchOperations, routerKeys, observation } = options;
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (routerKeys && req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendGraphQLError(res, 405, 'METHOD_NOT_ALLOWED', 'Only POST is accepted here.');
    }
    let text = '';
    let body: unknown;
    if (req.method === 'POST') {
      try {
        text = await readBody(req, maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', error.message);
        throw error;
      }
    }
    if (routerKeys) {
      const problem = verifyRouterSignature(routerKeys, req.headers[routerSignatureHeader], text);
      if (problem) {
        const [code, message] = signatureRefusals[problem];
        return sendGraphQLError(res, 403, code, message);
      }
    }
    if (req.method === 'POST') {
      const isJson = (req.headers['content-type'] ?? '').toLowerCase().includes('json');
      if (isJson) {
        try {
          body = text === '' ? {} : JSON.parse(text);
        } catch {
          return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        }
        const problem = Array.isArray(body) && maxBatchOperations ? batchProblem(body, maxBatchOperations) : null;
        if (problem) return sendGraphQLError(res, 400, ...problem);
      } else {
        body = text;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: () => context(req),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return observation
    ? (req: IncomingMessage, res: ServerResponse) => observeRequest(req, res, observation, () => serve(req, res))
    : serve;
}
