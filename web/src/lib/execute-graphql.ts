import { connection } from 'next/server';
import { getConfig } from '@/config';
import type { TypedDocumentString } from '@/gql/graphql';
import { type DataErrorKind, fail, type Result } from './result';

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: unknown } }>;
}

// GraphQL error codes that say something the reader can act on, when every error of an answer carries it
const kindsByCode: Record<string, DataErrorKind> = {
  BAD_USER_INPUT: 'rejected',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  RATE_LIMITED: 'rate-limited',
  NOT_FOUND: 'not-found',
};

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
 * An unreachable, slow or broken router is `unreachable`; an answer whose errors all carry one code the reader
 * can act on is that code's kind (`BAD_USER_INPUT`: an unknown filter code, a stale cursor, is `rejected`;
 * `UNAUTHENTICATED`, `FORBIDDEN`, `RATE_LIMITED`, `NOT_FOUND`); any other GraphQL error is `graphql`.
 * With an `accessToken` the request is the signed-in person's (`Authorization: Bearer`).
 * The cause is logged for operators; the page only ever sees the user-facing message.
 * @example const result = await executeGraphQL(LearningResourceDocument, { id: '42' });
 * @example const result = await executeGraphQL(ViewerDocument, {}, { accessToken });
 */
export async function executeGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { accessToken?: string } = {},
): Promise<Result<TResult>> {
  // data is always per request: this keeps Next from prerendering a page with build-time data
  await connection();
  return requestRouter(document, variables, options);
}

/**
 * `executeGraphQL` for code outside a page render (the session refresh in `proxy.ts`), where Next's
 * request-scoped `connection()` is not available.
 * @example const result = await requestRouter(SessionRefreshDocument, { input: { refreshToken } });
 */
export async function requestRouter<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { accessToken }: { accessToken?: string } = {},
): Promise<Result<TResult>> {
  const { routerUrl, routerTimeoutMs } = getConfig();
  let response: Response;
  let body: GraphQLResponse<TResult>;
  try {
    response = await fetch(routerUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
      },
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
    const codes = new Set(body.errors.map((error) => String(error.extensions?.code)));
    const [code] = codes;
    return fail((codes.size === 1 && code !== undefined && kindsByCode[code]) || 'graphql');
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
