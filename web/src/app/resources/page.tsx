import type { Metadata } from 'next';
import Link from 'next/link';
import { catalogHref } from '@/lib/catalog-href';
import { isFiltered, parseCatalogQuery } from '@/lib/catalog-query';
import { listLearningResources, listOfferors } from '@/lib/learning-resources';
import { pageMetadata } from '@/lib/page-metadata';
import { CatalogControls } from '@/ui/sections/catalog-controls';
import { CatalogError } from '@/ui/sections/catalog-error';
import { ResourceList } from '@/ui/sections/resource-list';

export const metadata: Metadata = pageMetadata({
  title: 'All learning resources',
  description: 'Every course, program, video, podcast and document in the catalog, to sort and narrow down.',
  path: '/resources',
});

export default async function CatalogPage({ searchParams }: PageProps<'/resources'>) {
  const query = parseCatalogQuery(await searchParams);
  // the offerors only feed one filter: when they fail, the list still shows, without that filter
  const [result, offerors] = await Promise.all([listLearningResources(query), listOfferors()]);
  return (
    <>
      <h1>Learning resources</h1>
      {result.ok ? (
        <>
          <CatalogControls query={query} offerors={offerors.ok ? offerors.data : []} />
          <ResourceList
            page={result.data}
            after={query.after}
            pageHref={(after) => catalogHref({ ...query, after })}
            empty={
              isFiltered(query) ? (
                <p>
                  No learning resources match these filters. <Link href="/resources">Show all learning resources</Link>
                </p>
              ) : (
                <p>There are no learning resources to show here.</p>
              )
            }
          />
        </>
      ) : (
        <CatalogError query={query} error={result.error} />
      )}
    </>
  );
}
