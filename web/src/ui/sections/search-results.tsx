import Link from 'next/link';
import type { SearchPage } from '@/lib/search';
import { retextHref, searchHref, unfilteredHref } from '@/lib/search-href';
import { isNarrowed, type SearchState } from '@/lib/search-query';
import { Pagination } from '../components/pagination';
import { ResourceCard } from '../components/resource-card';

/**
 * One page of search results: how many match, "did you mean" when the API offers a correction, the results
 * with their matches marked, a sentence when nothing matches, and links to other pages that keep the search.
 * @example <SearchResults page={result.data} query={query} />
 */
export function SearchResults({ page, query }: { page: SearchPage; query: SearchState }) {
  const nextCursor = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title" className="result-count">
        {page.totalCount === 1 ? '1 learning resource' : `${page.totalCount} learning resources`}
      </h2>
      {page.didYouMean ? (
        <p className="did-you-mean">
          Did you mean <Link href={retextHref(query, page.didYouMean)}>{page.didYouMean}</Link>?
        </p>
      ) : null}
      {page.edges.length > 0 ? (
        <ul className="resource-list" aria-labelledby="results-title">
          {page.edges.map(({ node, highlight }) => (
            <li key={node.id}>
              <ResourceCard resource={node} highlight={highlight} />
            </li>
          ))}
        </ul>
      ) : (
        <NothingFound query={query} />
      )}
      <Pagination
        firstPageHref={query.after ? searchHref({ ...query, after: undefined }) : undefined}
        nextPageHref={nextCursor ? searchHref({ ...query, after: nextCursor }) : undefined}
      />
    </section>
  );
}

function NothingFound({ query }: { query: SearchState }) {
  const what = query.text ? `match “${query.text}”` : 'are in the catalog';
  if (!isNarrowed(query)) return <p>No learning resources {what}. Try other or fewer words.</p>;
  return (
    <p>
      No learning resources {what} with these filters.{' '}
      <Link href={unfilteredHref(query)}>Search again without filters</Link>
    </p>
  );
}
