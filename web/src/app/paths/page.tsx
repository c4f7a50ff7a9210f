import type { Metadata } from 'next';
import Link from 'next/link';
import type { LearningPathSort } from '@/gql/graphql';
import { listPublicPaths } from '@/lib/learning-paths';
import { ErrorNotice } from '@/ui/components/error-notice';
import { Pagination } from '@/ui/components/pagination';
import { PathCard } from '@/ui/components/path-card';

export const metadata: Metadata = {
  title: 'Learning paths',
  description: 'Learning paths that learners put together from the catalog, to follow step by step.',
};

const sorts: ReadonlyArray<{ value: LearningPathSort; param: string; label: string }> = [
  { value: 'NEWEST', param: 'newest', label: 'Newest' },
  { value: 'MOST_FOLLOWED', param: 'most-followed', label: 'Most followed' },
];

export default async function PathsPage({ searchParams }: PageProps<'/paths'>) {
  const { sort: sortParam, after } = await searchParams;
  const sort = sorts.find((candidate) => candidate.param === sortParam) ?? sorts[0];
  if (!sort) return null;
  const result = await listPublicPaths(sort.value, typeof after === 'string' && after ? after : undefined);
  const sortHref = (param: string) => (param === 'newest' ? '/paths' : `/paths?sort=${param}`);
  return (
    <section className="paths-page">
      <h1>Learning paths</h1>
      <p>
        <Link href="/paths/new">Create a path</Link>
      </p>
      <nav className="path-sorts" aria-label="Order of paths">
        {sorts.map((candidate) => (
          <Link
            key={candidate.param}
            href={sortHref(candidate.param)}
            aria-current={candidate === sort ? 'page' : undefined}
          >
            {candidate.label}
          </Link>
        ))}
      </nav>
      {result.ok ? (
        <>
          <p>{result.data.totalCount === 1 ? '1 public path' : `${result.data.totalCount} public paths`}</p>
          <div className="path-list">
            {result.data.edges.map(({ node }) => (
              <PathCard key={node.id} path={node} />
            ))}
          </div>
          <Pagination
            firstPageHref={after ? sortHref(sort.param) : undefined}
            nextPageHref={
              result.data.pageInfo.hasNextPage && result.data.pageInfo.endCursor
                ? `${sortHref(sort.param)}${sort.param === 'newest' ? '?' : '&'}after=${encodeURIComponent(result.data.pageInfo.endCursor)}`
                : undefined
            }
          />
        </>
      ) : (
        <ErrorNotice title="Paths can’t be shown right now" message={result.error.message} />
      )}
    </section>
  );
}
