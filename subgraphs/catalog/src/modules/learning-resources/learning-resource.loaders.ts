import { createByIdLoader, createGroupLoader } from '@learngraph/service-kit';
import type { ResourceRepository } from './learning-resource.repository.js';

/**
 * Per-request loaders over the repository: each turns all look-ups of one tick into one query, so that
 * resolving a page of resources with their runs, prices, topics, departments and members costs a fixed
 * number of queries whatever the page size.
 */
export function createResourceLoaders(resources: ResourceRepository) {
  return {
    resource: createByIdLoader(resources.findByIds),
    runs: createGroupLoader(resources.runsOf),
    prices: createGroupLoader(resources.pricesOf),
    topicIds: createGroupLoader(resources.topicIdsOf),
    departmentCodes: createGroupLoader(resources.departmentCodesOf),
    members: createGroupLoader(resources.membersOf),
    parents: createGroupLoader(resources.parentsOf),
  };
}

export type ResourceLoaders = ReturnType<typeof createResourceLoaders>;
