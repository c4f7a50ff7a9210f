/** Facets a search can be narrowed by; each is also counted (see `SearchEngine.facets`). */
export const facetNames = [
  'resourceTypes',
  'resourceTypeGroups',
  'topics',
  'offerors',
  'platforms',
  'departments',
  'levels',
  'certification',
  'certificationTypes',
  'free',
  'professional',
  'delivery',
  'languages',
] as const;
export type FacetName = (typeof facetNames)[number];

/** Yes/no facets; the others are lists of values, any of which a resource may have. */
export type BooleanFacet = Extract<FacetName, 'certification' | 'free' | 'professional'>;
export const booleanFacets: readonly FacetName[] = ['certification', 'free', 'professional'];

/** A search's filter: values within one facet are alternatives, facets combine. */
export type SearchFilter = { [F in Exclude<FacetName, BooleanFacet>]?: string[] } & {
  [F in BooleanFacet]?: boolean;
};

export type SearchSort = 'RELEVANCE' | 'NEWEST' | 'MOST_VIEWED' | 'UPCOMING';

/** Words (full-text), meaning (nearest embeddings), or both fused by reciprocal rank (see `fuse`). */
export type SearchMode = 'TEXT' | 'SEMANTIC' | 'HYBRID';

/**
 * What to look for; `text` null means every published resource the filter lets through. SEMANTIC and
 * HYBRID searches have text and sort by relevance.
 */
export interface SearchRequest {
  text: string | null;
  filter: SearchFilter;
  sort: SearchSort;
  mode: SearchMode;
}

/** One match: the resource's id and how well it matches (higher is better). */
export interface SearchHit {
  id: string;
  score: number;
}

/** How many matching resources have one value of a facet (counted without that facet's own filter). */
export interface FacetCount {
  value: string;
  label: string | null;
  count: number;
}

/** A match's title and description with the matched words marked, as escaped HTML with `<mark>`. */
export interface Highlight {
  title: string;
  description: string | null;
}

/**
 * What the search subgraph needs from an engine. The embedded default is PostgreSQL; production engines
 * (OpenSearch) implement the same contract and pass the same behaviour suite.
 */
export interface SearchEngine {
  /** Matches, best first by `request.sort`, skipping `offset` and returning at most `limit`; and how many match. */
  search(request: SearchRequest, limit: number, offset: number): Promise<{ hits: SearchHit[]; total: number }>;
  /** Counts per value of every facet, each facet's own filter left out, at most `perFacet` values each. */
  facets(request: SearchRequest, perFacet: number): Promise<Record<FacetName, FacetCount[]>>;
  /** Highlighted title and description of the given matches of `text`, by id. */
  highlights(text: string, ids: readonly string[]): Promise<Map<string, Highlight>>;
  /** A corrected query for `text` that finds something, or null. */
  didYouMean(text: string): Promise<string | null>;
  /** Terms (words, topic, offeror and instructor names) beginning with `prefix`, shortest first. */
  suggest(prefix: string, limit: number): Promise<string[]>;
  /** For each search, how many resources it matches that entered the catalog after `since`, in one round trip. */
  countAddedSince(searches: ReadonlyArray<{ request: SearchRequest; since: Date }>): Promise<number[]>;
  /**
   * For each of `ids`, the published resources nearest to it that `filter` lets through, nearest first
   * (none for an id that is not indexed).
   */
  similar(ids: readonly string[], limit: number, filter: SearchFilter): Promise<Map<string, SearchHit[]>>;
  /**
   * Resolves at once when the engine answers at full speed; otherwise starts loading what it keeps in
   * memory (unless that is under way) and rejects at once. The service's readiness check, and its preload.
   */
  ready(): Promise<void>;
}
