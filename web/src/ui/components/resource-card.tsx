import Link from 'next/link';
import type { LearningResourcePage } from '@/lib/learning-resources';
import { shorten } from '@/lib/text';
import { ResourceTypeLabel } from '../atoms/resource-type-label';

type Resource = LearningResourcePage['edges'][number]['node'];

/**
 * One resource in a list: its title linking to its page, its type and the start of its description.
 * @example <ResourceCard resource={edge.node} />
 */
export function ResourceCard({ resource }: { resource: Resource }) {
  return (
    <article className="resource-card">
      <h2>
        <Link href={`/resources/${encodeURIComponent(resource.id)}`}>{resource.title}</Link>
      </h2>
      <ResourceTypeLabel type={resource.resourceType} />
      {resource.description ? <p>{shorten(resource.description, 200)}</p> : null}
    </article>
  );
}
