import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMetadata } from '@/lib/page-metadata';
import { searchResources } from '@/lib/search';
import { searchHref, unfilteredHref } from '@/lib/search-href';
import { isNarrowed, parseSearchQuery } from '@/lib/search-query';
import { ErrorNotice } from '@/ui/components/error-notice';
import { SearchForm } from '@/ui/sections/search-form';
import { SearchResults } from '@/ui/sections/search-results';

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  const query = parseSearchQuery(await searchParams);
  return {
    ...pageMetadata({
      title: query.text ? `Search: ${query.text}` : 'Search',
      description: 'Search courses, programs, videos, podcasts and documents by words, topic, offeror and more.',
      path: searchHref({ ...query, after: undefined }),
    }),
    // result pages are endless combinations: the resources themselves are what search engines should index
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const query = parseSearchQuery(await searchParams);
  const result = await searchResources(query);
  return (
    <div className="search-page">
      <h1>{query.text ? `Search results for “${query.text}”` : 'Search learning resources'}</h1>
      <SearchForm query={query} facets={result.ok ? result.data.facets : undefined} />
      {result.ok ? (
        <SearchResults page={result.data} query={query} />
      ) : (
        <ErrorNotice title="No results to show" message={result.error.message}>
          {query.after || isNarrowed(query) ? (
            <p>
              <Link href={unfilteredHref(query)}>Search again without filters</Link>
            </p>
          ) : null}
        </ErrorNotice>
      )}
    </div>
  );
}
