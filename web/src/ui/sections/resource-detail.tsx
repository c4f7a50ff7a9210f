import type { LearningResourceDetail } from '@/lib/learning-resources';
import { webUrl } from '@/lib/text';
import { ResourceTypeLabel } from '../atoms/resource-type-label';

/**
 * A resource's own page: title, type, full description, and a link out to the provider when it has a web address.
 * @example <ResourceDetail resource={result.data} />
 */
export function ResourceDetail({ resource }: { resource: LearningResourceDetail }) {
  const url = webUrl(resource.url);
  return (
    <article className="resource-detail">
      <h1>{resource.title}</h1>
      <ResourceTypeLabel type={resource.resourceType} />
      {resource.description ? <p>{resource.description}</p> : <p>This resource has no description yet.</p>}
      {url ? (
        <p>
          <a href={url} rel="external noopener noreferrer">
            Go to the resource
          </a>
        </p>
      ) : null}
    </article>
  );
}
