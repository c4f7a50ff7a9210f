export type { ResourceRepository, ResourceRow } from './learning-resource.repository.js';
export { createResourceRepository } from './learning-resource.repository.js';
export { LearningResourceResolver, resourcePageLimits } from './learning-resource.resolver.js';
export { LearningResource, ResourceType } from './learning-resource.type.js';
