import type { Metadata } from 'next';
import Link from 'next/link';
import { getMyPaths } from '@/lib/learning-paths';
import { requireAccessToken } from '@/lib/signed-in';
import { ErrorNotice } from '@/ui/components/error-notice';
import { PathCard } from '@/ui/components/path-card';

export const metadata: Metadata = { title: 'My paths' };

const visibilityNames = { PRIVATE: 'private', UNLISTED: 'unlisted', PUBLIC: 'public' } as const;

export default async function MyPathsPage() {
  const result = await getMyPaths(await requireAccessToken('/my/paths'));
  if (!result.ok) return <ErrorNotice title="Your paths can’t be shown right now" message={result.error.message} />;
  const { learningPaths, followedPaths } = result.data;
  return (
    <section className="paths-page">
      <h1>My paths</h1>
      <p>
        <Link href="/paths/new">Create a path</Link>
      </p>
      <h2>Paths I made</h2>
      {learningPaths.edges.length === 0 ? <p>You have not made a path yet.</p> : null}
      <div className="path-list">
        {learningPaths.edges.map(({ node }) => (
          <PathCard key={node.id} path={{ ...node, description: `A ${visibilityNames[node.visibility]} path.` }} />
        ))}
      </div>
      <h2>Paths I follow</h2>
      {followedPaths.edges.length === 0 ? (
        <p>
          You do not follow a path yet. <Link href="/paths">Browse learning paths</Link>
        </p>
      ) : null}
      <div className="path-list">
        {followedPaths.edges.map(({ node }) => (
          <PathCard key={node.id} path={node} />
        ))}
      </div>
    </section>
  );
}
