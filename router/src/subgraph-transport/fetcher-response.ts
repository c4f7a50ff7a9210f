import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { SubgraphAnswer } from './subgraph-answer.js';

type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource['fetcher']>>;

/**
 * A subgraph's answer in the shape `RemoteGraphQLDataSource` reads (status, headers, body), without the
 * cost of building a WHATWG `Response` and its streams for a body already in memory.
 *
 * @example
 * this.fetcher = async (url, init) => fetcherResponse(url, await post(String(init?.body), headers));
 */
export function fetcherResponse(url: string, answer: SubgraphAnswer): FetcherResponse {
  const headers = new Headers({ ...answer.headers });
  const response: FetcherResponse = {
    bodyUsed: false,
    url,
    redirected: false,
    status: answer.status,
    ok: answer.status >= 200 && answer.status < 300,
    statusText: '',
    headers,
    text: async () => answer.text(),
    json: async () => answer.json(),
    arrayBuffer: async () => new TextEncoder().encode(answer.text()).buffer,
    clone: () => response,
  };
  return response;
}
