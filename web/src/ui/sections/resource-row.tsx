import Link from 'next/link';
import type { ResourceRowItems } from '@/lib/home';
import { ResourceCard } from '../components/resource-card';

/**
 * A titled row of resources on the home page (new, popular, starting soon) with a link to the whole list in
 * the same order; a sentence instead when it is empty.
 * @example <ResourceRow id="popular" title="Popular" items={data.popular} moreHref="/resources?sort=most-viewed" />
 */
export function ResourceRow({
  id,
  title,
  items,
  moreHref,
}: {
  id: string;
  title: string;
  items: ResourceRowItems;
  moreHref: string;
}) {
  const titleId = `${id}-title`;
  return (
    <section className="resource-row" aria-labelledby={titleId}>
      <div className="row-heading">
        <h2 id={titleId}>{title}</h2>
        <Link href={moreHref}>
          See all<span className="visually-hidden"> {title.toLowerCase()}</span>
        </Link>
      </div>
      {items.edges.length === 0 ? (
        <p>Nothing to show here yet.</p>
      ) : (
        <ul className="resource-list" aria-labelledby={titleId}>
          {items.edges.map(({ node }) => (
            <li key={node.id}>
              <ResourceCard resource={node} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
