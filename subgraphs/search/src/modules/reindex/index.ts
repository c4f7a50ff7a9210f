export type { ReindexReport } from './rebuild-search-table.js';
export { rebuildSearchTable } from './rebuild-search-table.js';
export { replayDeadLetters } from './replay-dead-letters.js';
