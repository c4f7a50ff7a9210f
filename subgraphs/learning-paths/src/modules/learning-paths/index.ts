export { changePath, freshPath } from './change-path.js';
export type { LearningPathLoaders } from './learning-path.loaders.js';
export { createLearningPathLoaders } from './learning-path.loaders.js';
export type { LearningPathRepository } from './learning-path.repository.js';
export { createLearningPathRepository } from './learning-path.repository.js';
export { LearningPathResolver, pathItems, readablePath } from './learning-path.resolver.js';
export {
  LearningPath,
  LearningPathConnection,
  LearningPathItem,
  LearningPathProgress,
  LearningResourceReference,
  UserReference,
} from './learning-path.type.js';
export { LearningPathEditorResolver } from './learning-path-editor.resolver.js';
export { LearningPathMutationError, LearningPathResponse, respond } from './mutation-response.js';
export { newestFirstPage } from './owner-connection.js';
export { connectionSize, PageArgs, pathPageLimits } from './page-args.js';
export { readableSql, requireAccess } from './path-access.js';
export { PathItemsResolver } from './path-items.resolver.js';
export { lockPath } from './path-lock.js';
export type { PathRow, RawPathRow } from './path-row.js';
export { pathColumns, toPathRow } from './path-row.js';
export { ResourcePathsResolver } from './resource-paths.resolver.js';
export { UserPathsResolver } from './user-paths.resolver.js';
