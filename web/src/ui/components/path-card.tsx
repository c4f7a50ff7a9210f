import Link from 'next/link';
import { pathHref } from '@/lib/path-form';

/** What a list of paths shows of each. */
export interface PathSummary {
  id: string;
  title: string;
  description?: string | null;
  itemCount: number;
  followerCount?: number;
  author?: { name: string; displayName?: string | null } | null;
  progress?: { percent: number } | null;
}

/**
 * One path in a list: its title as the link, who made it, its size, followers and the reader's progress.
 * @example <PathCard path={path} />
 */
export function PathCard({ path }: { path: PathSummary }) {
  const facts = [
    `${path.itemCount} ${path.itemCount === 1 ? 'resource' : 'resources'}`,
    path.followerCount === undefined ? null : `${path.followerCount} following`,
    path.progress ? `${path.progress.percent}% done` : null,
  ].filter((fact) => fact !== null);
  return (
    <article className="path-card">
      <h3>
        <Link href={pathHref(path.id)}>{path.title}</Link>
      </h3>
      {path.author ? <p className="path-author">by {path.author.displayName ?? path.author.name}</p> : null}
      {path.description ? <p>{path.description}</p> : null}
      <p className="path-facts">{facts.join(' · ')}</p>
    </article>
  );
}
