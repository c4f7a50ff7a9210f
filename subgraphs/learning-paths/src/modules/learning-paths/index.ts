export { AuthorResolver } from './author.resolver.js';
export type { LearningPathLoaders } from './learning-path.loaders.js';
export { createLearningPathLoaders } from './learning-path.loaders.js';
export type { LearningPathRepository } from './learning-path.repository.js';
export { createLearningPathRepository } from './learning-path.repository.js';
export { LearningPathResolver } from './learning-path.resolver.js';
