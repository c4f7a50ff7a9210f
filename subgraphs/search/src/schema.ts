import { buildFederatedSchema, uuidId } from '@learngraph/service-kit';
import type { SearchContext } from './context.js';
import { SavedSearchResolver } from './modules/saved-searches/index.js';
import {
  SearchResolver,
  SearchResultConnectionResolver,
  SearchResultEdgeResolver,
  SearchSuggestionsResolver,
  SimilarResourcesResolver,
} from './modules/search/index.js';

/** The search subgraph's federated schema. */
export function buildSearchSchema() {
  return buildFederatedSchema<SearchContext>(
    {
      resolvers: [
        SearchResolver,
        SearchResultConnectionResolver,
        SearchResultEdgeResolver,
        SearchSuggestionsResolver,
        SimilarResourcesResolver,
        SavedSearchResolver,
      ],
    },
    // Any resource may have similar ones; the catalog owns whether it exists (an unknown one has none).
    { LearningResource: { id: uuidId, resolve: (id) => ({ id }) } },
  );
}
