export type { EngineIndexes } from './rebuild-engine-indexes.js';
export { rebuildEngineIndexes } from './rebuild-engine-indexes.js';
export type { ReindexReport } from './rebuild-search-table.js';
export { rebuildSearchTable } from './rebuild-search-table.js';
export { replayDeadLetters } from './replay-dead-letters.js';
