/** One match: the resource's id and how well it matches (higher is better). */
export interface SearchHit {
  id: string;
  score: number;
}

/**
 * What the search subgraph needs from an engine. The embedded default is PostgreSQL full-text search;
 * production engines (OpenSearch) implement the same contract.
 */
export interface SearchEngine {
  /** Published resources matching `text`, best first, skipping `offset` and returning at most `limit`. */
  search(text: string, limit: number, offset: number): Promise<{ hits: SearchHit[]; total: number }>;
}
