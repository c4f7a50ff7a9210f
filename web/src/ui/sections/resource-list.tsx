import type { ReactNode } from 'react';
import type { LearningResourcePage } from '@/lib/learning-resources';
import { Pagination } from '../components/pagination';
import { ResourceCard } from '../components/resource-card';

/**
 * One page of a list of resources: how many there are, the resources, and links to the first and the next
 * page, built by `pageHref` so that they keep whatever the list is of (filters, a topic). `empty` is what to
 * say when the page has none.
 * @example <ResourceList page={result.data} after={query.after} pageHref={(after) => catalogHref({ ...query, after })} empty={<p>None.</p>} />
 */
export function ResourceList({
  page,
  after,
  pageHref,
  empty,
}: {
  page: LearningResourcePage;
  after: string | undefined;
  pageHref: (after: string | undefined) => string;
  empty: ReactNode;
}) {
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
      ) : (
        empty
      )}
      <Pagination
        firstPageHref={after ? pageHref(undefined) : undefined}
        nextPageHref={nextCursor ? pageHref(nextCursor) : undefined}
      />
    </section>
  );
}
