import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@learngraph/service-kit';
import type { ResourceType } from '../../generated/prisma/enums.js';

/** Everything a consumer needs to keep its own copy of a resource, without calling the catalog back. */
export interface ResourceSnapshot {
  id: string;
  platform: string;
  readableId: string;
  resourceType: ResourceType;
  title: string;
  description: string | null;
  url: string | null;
  published: boolean;
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
