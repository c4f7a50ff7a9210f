/**
 * The scope a partner key needs for a subgraph's fields; a subgraph that is not listed (users) answers no
 * partner. The router applies it to each fetch of the query plan, so one query may get the fields it may read and
 * FORBIDDEN for the others.
 */
export const defaultSubgraphScopes: Record<string, string> = {
  catalog: 'catalog:read',
  search: 'search:read',
  'learning-paths': 'paths:read',
};
