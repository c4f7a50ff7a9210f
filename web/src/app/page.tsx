import { parseCatalogQuery } from '@/lib/catalog-query';
import { listLearningResources, listOfferors } from '@/lib/learning-resources';
import { CatalogControls } from '@/ui/sections/catalog-controls';
import { CatalogError } from '@/ui/sections/catalog-error';
import { ResourceList } from '@/ui/sections/resource-list';

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const query = parseCatalogQuery(await searchParams);
  // the offerors only feed one filter: when they fail, the list still shows, without that filter
  const [result, offerors] = await Promise.all([listLearningResources(query), listOfferors()]);
  return (
    <>
      <h1>Learning resources</h1>
      {result.ok ? (
        <>
          <CatalogControls query={query} offerors={offerors.ok ? offerors.data : []} />
          <ResourceList page={result.data} query={query} />
        </>
      ) : (
        <CatalogError query={query} error={result.error} />
      )}
    </>
  );
}
