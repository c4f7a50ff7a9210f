import type { API, Client } from '@opensearch-project/opensearch';

/** The parts of a search response the engine reads; the rest of OpenSearch's response is ignored. */
export interface SearchResponseBody {
  hits: {
    total?: number | { value: number };
    hits: Array<{ _id?: string; _score?: number | null; highlight?: Record<string, string[]> }>;
  };
  aggregations?: Record<string, AggregationResult>;
  suggest?: Record<string, Array<{ text: string; options: Array<{ text: string }> }>>;
}

export interface AggregationResult {
  doc_count?: number;
  buckets?: Array<{ key: string | number; key_as_string?: string; doc_count: number }>;
  [sub: string]: AggregationResult | unknown;
}

/**
 * Sends one search. The body is built from plain objects (query DSL clauses composed per facet), so it is
 * handed to the client's generated request type here, in one place; the contract tests check its shape
 * against the official specification.
 */
export async function runSearch(client: Client, index: string, body: Record<string, unknown>) {
  const response = await client.search({ index, body: body as API.Search_RequestBody });
  return response.body as unknown as SearchResponseBody;
}

export const totalOf = (body: SearchResponseBody) => {
  const total = body.hits.total ?? 0;
  return typeof total === 'number' ? total : total.value;
};
