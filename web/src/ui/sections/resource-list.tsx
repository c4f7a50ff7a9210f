import Link from 'next/link';
import { catalogHref } from '@/lib/catalog-href';
import { type CatalogQuery, isFiltered } from '@/lib/catalog-query';
import type { LearningResourcePage } from '@/lib/learning-resources';
import { Pagination } from '../components/pagination';
import { ResourceCard } from '../components/resource-card';

/**
 * One page of the catalog: how many resources the current filters let through, the resources, and links to
 * other pages that keep the filters.
 * @example <ResourceList page={result.data} query={query} />
 */
export function ResourceList({ page, query }: { page: LearningResourcePage; query: CatalogQuery }) {
  const nextCursor = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title" className="result-count">
        {page.totalCount === 1 ? '1 learning resource' : `${page.totalCount} learning resources`}
      </h2>
      {page.edges.length > 0 ? (
        <ul className="resource-list" aria-labelledby="results-title">
          {page.edges.map(({ node }) => (
            <li key={node.id}>
              <ResourceCard resource={node} />
            </li>
          ))}
        </ul>
      ) : isFiltered(query) ? (
        <p>
          No learning resources match these filters. <Link href="/">Show all learning resources</Link>
        </p>
      ) : (
        <p>There are no learning resources to show here.</p>
      )}
      <Pagination
        firstPageHref={query.after ? catalogHref({ ...query, after: undefined }) : undefined}
        nextPageHref={nextCursor ? catalogHref({ ...query, after: nextCursor }) : undefined}
      />
    </section>
  );
}
