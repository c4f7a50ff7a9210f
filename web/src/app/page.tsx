import type { Metadata } from 'next';
import Link from 'next/link';
import { catalogHref } from '@/lib/catalog-href';
import { defaultCatalogQuery } from '@/lib/catalog-query';
import { listFeaturedPaths } from '@/lib/featured-paths';
import { getHomeCatalog } from '@/lib/home';
import { pageMetadata } from '@/lib/page-metadata';
import { ErrorNotice } from '@/ui/components/error-notice';
import { FeaturedPaths } from '@/ui/sections/featured-paths';
import { ResourceRow } from '@/ui/sections/resource-row';
import { TopicOverview } from '@/ui/sections/topic-overview';

export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Learngraph',
    description: 'Courses, programs, videos, podcasts and documents from many providers, in one catalog.',
    path: '/',
  }),
  // the layout's template would make it "Learngraph · Learngraph"
  title: { absolute: 'Learngraph' },
};

// one row of cards on a wide screen, two on a narrow one
const ROW_SIZE = 6;

export default async function HomePage() {
  // paths come from another subgraph: asked apart, so that either half shows when the other cannot answer
  const [catalog, paths] = await Promise.all([getHomeCatalog(ROW_SIZE), listFeaturedPaths(ROW_SIZE)]);
  return (
    <>
      <h1>Learn from many providers in one place</h1>
      <p>
        Courses, programs, videos, podcasts and documents. <Link href="/search">Search them</Link> or{' '}
        <Link href="/resources">browse them all</Link>.
      </p>
      {catalog.ok ? (
        <>
          <ResourceRow id="new" title="New" items={catalog.data.newest} moreHref={catalogHref(defaultCatalogQuery)} />
          <ResourceRow
            id="popular"
            title="Popular"
            items={catalog.data.popular}
            moreHref={catalogHref({ ...defaultCatalogQuery, sort: 'MOST_VIEWED' })}
          />
          <ResourceRow
            id="upcoming"
            title="Starting soon"
            items={catalog.data.upcoming}
            moreHref={catalogHref({ ...defaultCatalogQuery, sort: 'UPCOMING_START' })}
          />
          <TopicOverview topics={catalog.data.topics} />
        </>
      ) : (
        <ErrorNotice title="No resources to show" message={catalog.error.message} />
      )}
      <FeaturedPaths result={paths} />
    </>
  );
}
