import Link from 'next/link';
import type { ResourceNeighbours as Neighbours } from '@/lib/learning-resources';
import type { Result } from '@/lib/result';
import { plural } from '@/lib/text';
import { ResourceCard } from '../components/resource-card';

/**
 * Below a resource: the resources most like it, as cards, and the public learning paths that contain it, each
 * with its size and followers. When they cannot be read, one sentence says so; the resource above still shows.
 * @example <ResourceNeighbours result={await getResourceNeighbours(id)} />
 */
export function ResourceNeighbours({ result }: { result: Result<Neighbours> }) {
  if (!result.ok) {
    return result.error.kind === 'not-found' ? null : (
      <p className="neighbours-unavailable">Similar resources and learning paths can’t be shown right now.</p>
    );
  }
  const { similar, inLearningPaths } = result.data;
  return (
    <>
      {similar.length > 0 ? (
        <section aria-labelledby="similar-title">
          <h2 id="similar-title">Similar resources</h2>
          <ul className="resource-list" aria-labelledby="similar-title">
            {similar.map((resource) => (
              <li key={resource.id}>
                <ResourceCard resource={resource} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {inLearningPaths.totalCount > 0 ? (
        <section aria-labelledby="paths-title" className="related-resources">
          <h2 id="paths-title">In learning paths</h2>
          <ul>
            {inLearningPaths.edges.map(({ node }) => (
              <li key={node.id}>
                <Link href={`/paths/${encodeURIComponent(node.id)}`}>{node.title}</Link>{' '}
                <span className="path-size">
                  {plural(node.itemCount, 'resource')}, {plural(node.followerCount, 'follower')}
                </span>
              </li>
            ))}
          </ul>
          {inLearningPaths.totalCount > inLearningPaths.edges.length ? (
            <p>And in {inLearningPaths.totalCount - inLearningPaths.edges.length} more.</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
