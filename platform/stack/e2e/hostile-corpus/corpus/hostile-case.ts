/** A request sent with `fetch`: through the edge unless `target` names a subgraph's own port. */
export interface HttpRequest {
  method?: string;
  /** Path and query, e.g. `/graphql?query=…`; default `/graphql`. */
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** A subgraph to address directly instead of the edge (its port is never meant to be public). */
  target?: 'catalog' | 'users' | 'search' | 'learning-paths';
}

/** Bytes written as they are to the edge's TCP port, for what `fetch` refuses to send (broken framing). */
export interface RawRequest {
  raw: string;
}

/** Live values some requests need: tokens minted with the running system's keys, ids of real resources. */
export interface CorpusContext {
  learnerToken: string;
  editorToken: string;
  /** Signed with the system's key but expired an hour ago. */
  expiredToken: string;
  /** Signed with the system's key for another audience. */
  foreignAudienceToken: string;
  /** A well-formed token signed with a key the system does not know. */
  forgedToken: string;
  /** A published resource's id. */
  resourceId: string;
}

/** What the system must answer: a status (or one of several) and, when given, the first error's code. */
export interface Expectation {
  status: number | number[];
  code?: string;
  /** Text the answer must not contain (a stack trace, a suggestion, an internal address). */
  without?: string[];
}

/** One hostile request of the corpus and the answer it must get. */
export interface HostileCase {
  /** What the request tries, as a sentence. */
  name: string;
  /** The finding it replays, or the OWASP API Security Top 10 (2023) risk it probes. */
  category: string;
  request: HttpRequest | RawRequest | ((context: CorpusContext) => HttpRequest);
  expect: Expectation;
}

/**
 * A GraphQL POST as a client sends it.
 *
 * @example
 * gql('{ learningResources(first: 101) { totalCount } }') // → POST /graphql with a JSON body
 */
export function gql(
  query: string,
  variables?: Record<string, unknown>,
  extra: { headers?: Record<string, string>; operationName?: string; target?: HttpRequest['target'] } = {},
): HttpRequest {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...extra.headers },
    body: JSON.stringify({ query, variables, ...(extra.operationName ? { operationName: extra.operationName } : {}) }),
    ...(extra.target ? { target: extra.target } : {}),
  };
}

/** `gql` as the holder of `token`. */
export const gqlAs = (token: string, query: string, variables?: Record<string, unknown>) =>
  gql(query, variables, { headers: { authorization: `Bearer ${token}` } });

/** The body of an opaque list cursor holding `position`, as the subgraphs encode theirs. */
export const cursor = (position: unknown[]) => Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
