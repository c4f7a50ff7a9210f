import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@learngraph/service-kit';
import type { CertificationType, Delivery, Level, ResourceType } from '../../generated/prisma/enums.js';

/**
 * Everything a consumer needs to keep its own copy of a resource (search indexes it and facets on it,
 * learning-paths shows it), without calling the catalog back. Fields are only ever added, so older
 * consumers keep reading newer events.
 */
export interface ResourceSnapshot {
  id: string;
  platform: string;
  readableId: string;
  resourceType: ResourceType;
  title: string;
  description: string | null;
  url: string | null;
  imageUrl: string | null;
  published: boolean;
  offeredBy: string | null;
  /** Topic codes. */
  topics: string[];
  /** Department codes. */
  departments: string[];
  languages: string[];
  certification: boolean;
  certificationType: CertificationType;
  professional: boolean;
  free: boolean;
  delivery: Delivery[];
  levels: Level[];
  nextStartDate: string | null;
  lastModified: string | null;
  /** When the resource entered the catalog (ISO 8601); search sorts "newest" on it. */
  createdAt: string;
  platformName: string;
  offerorName: string | null;
  departmentNames: Array<{ code: string; name: string }>;
  /**
   * The resource's topics and every ancestor of them, each once; `direct` marks the resource's own topics,
   * so that a consumer filtering on a topic can include its sub-topics without knowing the tree.
   */
  topicTree: Array<{ id: string; code: string; name: string; parentId: string | null; direct: boolean }>;
  /** Instructor names of all runs, each once, in the order the runs list them. */
  instructors: string[];
  /** Start dates of all runs (ISO 8601), earliest first. */
  startDates: string[];
  views: number;
}

export type ResourceChange = 'created' | 'updated' | 'unpublished';

/** Event types on the catalog stream. */
export const resourceEventType = (change: ResourceChange) => `catalog.learning-resource.${change}`;

/**
 * The event for one change to a resource, carrying the resource as it is after the change and its new version.
 *
 * @example
 * resourceEvent('updated', snapshot, 3) // { type: 'catalog.learning-resource.updated', version: 3, … }
 */
export function resourceEvent(
  change: ResourceChange,
  snapshot: ResourceSnapshot,
  version: number,
): EventEnvelope<ResourceSnapshot> {
  return {
    id: randomUUID(),
    type: resourceEventType(change),
    aggregateId: snapshot.id,
    version,
    occurredAt: new Date().toISOString(),
    payload: snapshot,
  };
}
