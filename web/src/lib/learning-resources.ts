import { cache } from 'react';
import {
  LearningResourceDocument,
  type LearningResourceQuery,
  LearningResourcesDocument,
  type LearningResourcesQuery,
} from '@/gql/graphql';
import { executeGraphQL } from './execute-graphql';
import { fail, type Result } from './result';

/** How many resources one page of the catalog shows. */
export const PAGE_SIZE = 24;

export type LearningResourcePage = LearningResourcesQuery['learningResources'];
export type LearningResourceDetail = NonNullable<LearningResourceQuery['learningResource']>;

/**
 * One page of the catalog, starting after the cursor of the previous page (or at the start).
 * @example const result = await listLearningResources(undefined);
 */
export async function listLearningResources(after: string | undefined): Promise<Result<LearningResourcePage>> {
  const result = await executeGraphQL(LearningResourcesDocument, { first: PAGE_SIZE, after });
  return result.ok ? { ok: true, data: result.data.learningResources } : result;
}

/**
 * One resource by id, or a `not-found` result. Cached per request, so the page and its metadata share one fetch.
 * @example const result = await getLearningResource('42');
 */
export const getLearningResource = cache(async (id: string): Promise<Result<LearningResourceDetail>> => {
  const result = await executeGraphQL(LearningResourceDocument, { id });
  if (!result.ok) return result;
  return result.data.learningResource ? { ok: true, data: result.data.learningResource } : fail('not-found');
});
