import { HomeCatalogDocument, type HomeCatalogQuery } from '@/gql/graphql';
import { executeGraphQL } from './execute-graphql';
import type { Result } from './result';

export type HomeCatalog = HomeCatalogQuery;
export type ResourceRowItems = HomeCatalogQuery['newest'];

/**
 * The home page's rows of new, popular and upcoming resources and the root topics, in one router request.
 * @example const result = await getHomeCatalog(6);
 */
export async function getHomeCatalog(rowSize: number): Promise<Result<HomeCatalog>> {
  return executeGraphQL(HomeCatalogDocument, { first: rowSize });
}
