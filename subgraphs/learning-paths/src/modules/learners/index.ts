export type { LearnerLoaders } from './learner.loaders.js';
export { createLearnerLoaders } from './learner.loaders.js';
export type { LearnerRepository } from './learner.repository.js';
export { createLearnerRepository } from './learner.repository.js';
export { LearnerResolver } from './learner.resolver.js';
export { LearnerListsResolver } from './learner-lists.resolver.js';
export { ItemProgressResolver, PathProgressResolver } from './progress.resolver.js';
