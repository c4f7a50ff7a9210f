import Link from 'next/link';
import type { ResourceType } from '@/gql/graphql';
import { ResourceTypeLabel } from '../atoms/resource-type-label';

/** A resource as a link to its page needs it. */
export interface RelatedResource {
  id: string;
  title: string;
  resourceType: ResourceType;
}

/**
 * A titled list of links to other resources, each with its type: a program's courses in their order
 * (`ordered`), or the programs a course is part of. Nothing when the list is empty.
 * @example <RelatedResources id="part-of" title="Part of" resources={resource.memberOf} />
 */
export function RelatedResources({
  id,
  title,
  resources,
  ordered = false,
}: {
  id: string;
  title: string;
  resources: readonly RelatedResource[];
  ordered?: boolean;
}) {
  if (resources.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section className="related-resources" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <List>
        {resources.map((resource) => (
          <li key={resource.id}>
            <Link href={`/resources/${encodeURIComponent(resource.id)}`}>{resource.title}</Link>{' '}
            <ResourceTypeLabel type={resource.resourceType} />
          </li>
        ))}
      </List>
    </section>
  );
}
