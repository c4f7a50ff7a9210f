import type { ResourceType } from '@/gql/graphql';

// a Record over the generated union: a new resource type in the schema fails typecheck until it has a label
const labels: Record<ResourceType, string> = {
  COURSE: 'Course',
  PROGRAM: 'Program',
  LEARNING_PATH: 'Learning path',
  VIDEO: 'Video',
  VIDEO_PLAYLIST: 'Video playlist',
  PODCAST: 'Podcast',
  PODCAST_EPISODE: 'Podcast episode',
  DOCUMENT: 'Document',
};

/**
 * A resource's type as a readable label.
 * @example <ResourceTypeLabel type="PODCAST_EPISODE" /> // Podcast episode
 */
export function ResourceTypeLabel({ type }: { type: ResourceType }) {
  return <span className="type-label">{labels[type]}</span>;
}
