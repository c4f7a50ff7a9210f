import { cache } from 'react';
import {
  LearningResourceDocument,
  type LearningResourceFilter,
  type LearningResourceQuery,
  type LearningResourceSort,
  LearningResourcesDocument,
  type LearningResourcesQuery,
  OfferorsDocument,
  type OfferorsQuery,
  type ResourceCardFragment,
  ResourceNeighboursDocument,
  type ResourceNeighboursQuery,
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
export type ResourceNeighbours = NonNullable<ResourceNeighboursQuery['learningResource']>;

/**
 * One page of the catalog for the query's filters and sort, starting after its cursor (or at the start).
 * @example const result = await listLearningResources({ ...defaultCatalogQuery, free: true });
 */
export function listLearningResources(query: CatalogQuery): Promise<Result<LearningResourcePage>> {
  return listFilteredResources(catalogFilter(query), query.after, query.sort);
}

/**
 * One page of the resources a filter lets through, in a sort (newest first by default), after a cursor.
 * @example const result = await listFilteredResources({ departments: ['18'] }, undefined);
 */
export async function listFilteredResources(
  filter: LearningResourceFilter | undefined,
  after: string | undefined,
  sort: LearningResourceSort = 'NEWEST',
  first = PAGE_SIZE,
): Promise<Result<LearningResourcePage>> {
  const result = await executeGraphQL(LearningResourcesDocument, { first, after, sort, filter });
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

/**
 * The resources most similar to one and the public learning paths that contain it, apart from the resource
 * itself: its page shows without them when search or learning paths cannot answer.
 * @example const result = await getResourceNeighbours('42');
 */
export async function getResourceNeighbours(id: string): Promise<Result<ResourceNeighbours>> {
  const result = await executeGraphQL(ResourceNeighboursDocument, { id });
  if (!result.ok) return result;
  return result.data.learningResource ? { ok: true, data: result.data.learningResource } : fail('not-found');
}

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
