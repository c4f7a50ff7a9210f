import { cache } from 'react';
import {
  LearningResourceDocument,
  type LearningResourceFilter,
  type LearningResourceQuery,
  LearningResourcesDocument,
  type LearningResourcesQuery,
  OfferorsDocument,
  type OfferorsQuery,
  type ResourceCardFragment,
} from '@/gql/graphql';
import type { CatalogQuery } from './catalog-query';
import { executeGraphQL } from './execute-graphql';
import { fail, type Result } from './result';

/** How many resources one page of the catalog shows. */
export const PAGE_SIZE = 24;

export type LearningResourcePage = LearningResourcesQuery['learningResources'];
export type LearningResourceSummary = ResourceCardFragment;
export type LearningResourceDetail = NonNullable<LearningResourceQuery['learningResource']>;
export type Offeror = OfferorsQuery['offerors'][number];

/**
 * One page of the catalog for the query's filters and sort, starting after its cursor (or at the start).
 * @example const result = await listLearningResources({ ...defaultCatalogQuery, free: true });
 */
export async function listLearningResources(query: CatalogQuery): Promise<Result<LearningResourcePage>> {
  const result = await executeGraphQL(LearningResourcesDocument, {
    first: PAGE_SIZE,
    after: query.after,
    sort: query.sort,
    filter: catalogFilter(query),
  });
  return result.ok ? { ok: true, data: result.data.learningResources } : result;
}

/**
 * Everyone who offers resources, by name, for the "Offered by" filter.
 * @example const result = await listOfferors();
 */
export async function listOfferors(): Promise<Result<Offeror[]>> {
  const result = await executeGraphQL(OfferorsDocument, {});
  return result.ok ? { ok: true, data: result.data.offerors } : result;
}

/**
 * One resource by id, or a `not-found` result, also for an id the catalog rejects as malformed: to a reader
 * both are a link to nothing. Cached per request, so the page and its metadata share one fetch.
 * @example const result = await getLearningResource('42');
 */
export const getLearningResource = cache(async (id: string): Promise<Result<LearningResourceDetail>> => {
  const result = await executeGraphQL(LearningResourceDocument, { id });
  if (!result.ok) return result.error.kind === 'rejected' ? fail('not-found') : result;
  return result.data.learningResource ? { ok: true, data: result.data.learningResource } : fail('not-found');
});

// only the filters that are set: an unset one means "any", which the API expresses by leaving it out
function catalogFilter(query: CatalogQuery): LearningResourceFilter | undefined {
  const filter: LearningResourceFilter = {
    ...(query.group ? { resourceTypeGroups: [query.group] } : {}),
    ...(query.free ? { free: true } : {}),
    ...(query.certificate ? { certification: true } : {}),
    ...(query.offeror ? { offerors: [query.offeror] } : {}),
  };
  return Object.keys(filter).length > 0 ? filter : undefined;
}
