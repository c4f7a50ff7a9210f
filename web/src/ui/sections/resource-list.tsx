import type { LearningResourcePage } from '@/lib/learning-resources';
import { Pagination } from '../components/pagination';
import { ResourceCard } from '../components/resource-card';

/**
 * One page of the catalog: how many resources there are in all, the resources, and links to other pages.
 * @example <ResourceList page={result.data} isFirstPage />
 */
export function ResourceList({ page, isFirstPage }: { page: LearningResourcePage; isFirstPage: boolean }) {
  const nextCursor = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
  return (
    <>
      <p className="result-count">
        {page.totalCount === 1 ? '1 learning resource' : `${page.totalCount} learning resources`}
      </p>
      <ul className="resource-list">
        {page.edges.map(({ node }) => (
          <li key={node.id}>
            <ResourceCard resource={node} />
          </li>
        ))}
      </ul>
      <Pagination isFirstPage={isFirstPage} nextCursor={nextCursor} />
    </>
  );
}
