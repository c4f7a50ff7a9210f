import { connection } from 'next/server';
import { getConfig } from '@/config';
import type { TypedDocumentString } from '@/gql/graphql';
import { fail, type Result } from './result';

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: unknown } }>;
}

/**
 * The operation as the router's trusted documents take it: by the SHA-256 that `pnpm codegen` registered in
 * `src/gql/persisted-documents.json`, never its text (in production the router runs nothing else).
 */
function persistedQuery<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  const hash = String(document.__meta__?.hash ?? '');
  return { version: 1, sha256Hash: hash.replace(/^sha256:/, '') };
}

/**
 * Runs one typed operation against the router, sent by its hash: a JSON POST with a timeout, answered as a `Result`.
 * An unreachable, slow or broken router is `unreachable`; an answer whose errors all say the input was wrong
 * (`BAD_USER_INPUT`: an unknown filter code, a stale cursor) is `rejected`; any other GraphQL error is `graphql`.
 * The cause is logged for operators; the page only ever sees the user-facing message.
 * @example const result = await executeGraphQL(LearningResourceDocument, { id: '42' });
 */
export async function executeGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<Result<TResult>> {
  // data is always per request: this keeps Next from prerendering a page with build-time data
  await connection();
  const { routerUrl, routerTimeoutMs } = getConfig();
  let response: Response;
  let body: GraphQLResponse<TResult>;
  try {
    response = await fetch(routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: persistedQuery(document) }, variables }),
      cache: 'no-store',
      signal: AbortSignal.timeout(routerTimeoutMs),
    });
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch (cause) {
    console.error(`router request failed: ${describe(cause)}`);
    return fail('unreachable');
  }
  if (body.errors?.length) {
    console.error(`router answered errors: ${body.errors.map((error) => error.message).join('; ')}`);
    return fail(body.errors.every((error) => error.extensions?.code === 'BAD_USER_INPUT') ? 'rejected' : 'graphql');
  }
  if (!response.ok || !body.data) {
    console.error(`router answered HTTP ${response.status} without data`);
    return fail('unreachable');
  }
  return { ok: true, data: body.data };
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // fetch wraps the network error (ECONNREFUSED, …) in a generic TypeError
  return cause.cause instanceof Error ? `${cause.message}: ${cause.cause.message}` : cause.message;
}
