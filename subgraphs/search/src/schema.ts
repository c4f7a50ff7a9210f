import { buildFederatedSchema } from '@learngraph/service-kit';
import type { SearchContext } from './context.js';
import {
  SearchResolver,
  SearchResultConnectionResolver,
  SearchResultEdgeResolver,
  SearchSuggestionsResolver,
} from './modules/search/index.js';

/** The search subgraph's federated schema. */
export function buildSearchSchema() {
  return buildFederatedSchema<SearchContext>({
    resolvers: [SearchResolver, SearchResultConnectionResolver, SearchResultEdgeResolver, SearchSuggestionsResolver],
  });
}
