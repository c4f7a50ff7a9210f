import type { ResourceType } from '@/gql/graphql';
import { resourceTypeLabels } from '@/lib/labels';

/**
 * A resource's type as a readable label.
 * @example <ResourceTypeLabel type="PODCAST_EPISODE" /> // Podcast episode
 */
export function ResourceTypeLabel({ type }: { type: ResourceType }) {
  return <span className="type-label">{resourceTypeLabels[type]}</span>;
}
