import Link from 'next/link';
import type { FeaturedPath } from '@/lib/featured-paths';
import type { Result } from '@/lib/result';
import { plural, shorten } from '@/lib/text';

/**
 * The most followed public learning paths, each with its size, followers and the start of its description;
 * nothing when there are none or they cannot be read.
 * @example <FeaturedPaths result={await listFeaturedPaths(6)} />
 */
export function FeaturedPaths({ result }: { result: Result<FeaturedPath[]> }) {
  if (!result.ok || result.data.length === 0) return null;
  return (
    <section aria-labelledby="paths-title">
      <h2 id="paths-title">Featured learning paths</h2>
      <ul className="featured-paths">
        {result.data.map((path) => (
          <li key={path.id}>
            <h3>
              <Link href={`/paths/${encodeURIComponent(path.id)}`}>{path.title}</Link>
            </h3>
            <p className="path-size">
              {plural(path.itemCount, 'resource')} · {plural(path.followerCount, 'follower')}
            </p>
            {path.description ? <p>{shorten(path.description, 160)}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
