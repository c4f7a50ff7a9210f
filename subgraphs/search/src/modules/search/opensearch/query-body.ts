import { booleanFacets, type FacetName, facetNames, type SearchFilter, type SearchRequest } from '../search-engine.js';

export type QueryClause = Record<string, unknown>;

/** Title outweighs topic, offeror and instructor names, which outweigh the description (as in PostgreSQL). */
export const weightedFields = ['title^3', 'names^2', 'description'];

/** The clause for one facet's filter, or null when the filter leaves that facet open. */
export function facetClause(filter: SearchFilter, facet: FacetName): QueryClause | null {
  const value = filter[facet];
  if (value === undefined) return null;
  if (booleanFacets.includes(facet)) return { term: { [facet]: value } };
  return Array.isArray(value) && value.length > 0 ? { terms: { [facet]: value } } : null;
}

/** Every facet's filter clause except `except`'s, for the multi-select facet counts. */
export function facetClauses(filter: SearchFilter, except?: FacetName): QueryClause[] {
  return facetNames.flatMap((facet) => {
    const clause = facet === except ? null : facetClause(filter, facet);
    return clause === null ? [] : [clause];
  });
}

/** The query before facet filters: published resources matching the text (any word, weighted fields). */
export function textQuery(text: string | null): QueryClause {
  const must = text === null ? [] : [{ multi_match: { query: text, fields: weightedFields, type: 'best_fields' } }];
  return { bool: { must, filter: [{ term: { published: true } }] } };
}

/** The query of a whole request, facet filters included (for counts where no facet is counted). */
export const filteredQuery = (request: Pick<SearchRequest, 'text' | 'filter'>): QueryClause => ({
  bool: { must: [textQuery(request.text)], filter: facetClauses(request.filter) },
});

/** 0 for a start date still ahead, 1 for none or one past: upcoming starts come first, as in PostgreSQL. */
const startsAhead = (now: number) => ({
  _script: {
    type: 'number',
    order: 'asc',
    script: {
      lang: 'painless',
      source:
        "doc['nextStartDate'].size() > 0 && doc['nextStartDate'].value.toInstant().toEpochMilli() >= params.now ? 0 : 1",
      params: { now },
    },
  },
});

/** Sort clauses per `SearchSort`; ties break on id so pages never overlap. */
export function sortClauses(request: SearchRequest, now = Date.now()): QueryClause[] {
  const byId = { id: { order: 'asc' } };
  switch (request.sort) {
    case 'NEWEST':
      return [{ createdAt: { order: 'desc', missing: '_last' } }, byId];
    case 'MOST_VIEWED':
      return [{ views: { order: 'desc' } }, byId];
    case 'UPCOMING':
      return [startsAhead(now), { nextStartDate: { order: 'asc', missing: '_last' } }, byId];
    case 'RELEVANCE':
      return request.text === null ? [{ views: { order: 'desc' } }, byId] : [{ _score: { order: 'desc' } }, byId];
  }
}
