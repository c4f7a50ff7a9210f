import type { Metadata } from 'next';
import Link from 'next/link';
import { getMyFavorites } from '@/lib/learning-paths';
import { requireAccessToken } from '@/lib/signed-in';
import { ResourceTypeLabel } from '@/ui/atoms/resource-type-label';
import { ErrorNotice } from '@/ui/components/error-notice';
import { FavoriteButton } from '@/ui/components/favorite-button';
import { Pagination } from '@/ui/components/pagination';

export const metadata: Metadata = { title: 'My favourites' };

export default async function MyFavoritesPage({ searchParams }: PageProps<'/my/favorites'>) {
  const { after } = await searchParams;
  const cursor = typeof after === 'string' && after ? after : undefined;
  const here = cursor ? `/my/favorites?after=${encodeURIComponent(cursor)}` : '/my/favorites';
  const result = await getMyFavorites(await requireAccessToken(here), cursor);
  if (!result.ok)
    return <ErrorNotice title="Your favourites can’t be shown right now" message={result.error.message} />;
  const { edges, totalCount, pageInfo } = result.data;
  return (
    <section className="favorites-page">
      <h1>My favourites</h1>
      <p>{totalCount === 1 ? '1 favourite' : `${totalCount} favourites`}</p>
      {edges.length === 0 ? (
        <p>
          Nothing here yet: use “Add to favourites” on a resource’s page. <Link href="/">Browse the catalog</Link>
        </p>
      ) : (
        <ul className="favorite-list">
          {edges.map(({ node }) => (
            <li key={node.id}>
              <Link href={`/resources/${node.id}`}>{node.title}</Link> <ResourceTypeLabel type={node.resourceType} />
              <FavoriteButton resourceId={node.id} title={node.title} favorite returnTo={here} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        firstPageHref={cursor ? '/my/favorites' : undefined}
        nextPageHref={
          pageInfo.hasNextPage && pageInfo.endCursor
            ? `/my/favorites?after=${encodeURIComponent(pageInfo.endCursor)}`
            : undefined
        }
      />
    </section>
  );
}
