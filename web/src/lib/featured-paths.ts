import { FeaturedLearningPathsDocument, type FeaturedLearningPathsQuery } from '@/gql/graphql';
import { executeGraphQL } from './execute-graphql';
import type { Result } from './result';

export type FeaturedPath = FeaturedLearningPathsQuery['learningPaths']['edges'][number]['node'];

/**
 * The most followed public learning paths.
 * @example const result = await listFeaturedPaths(6);
 */
export async function listFeaturedPaths(first: number): Promise<Result<FeaturedPath[]>> {
  const result = await executeGraphQL(FeaturedLearningPathsDocument, { first });
  return result.ok ? { ok: true, data: result.data.learningPaths.edges.map((edge) => edge.node) } : result;
}
