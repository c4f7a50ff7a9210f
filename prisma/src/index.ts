export { createMigration, pendingSchemaChange } from './create-migration.js';
export { ensureDatabase, migrateDatabase } from './deploy.js';
export { generateClient } from './generate-clients.js';
export type { SubgraphName } from './subgraphs.js';
export { databaseUrlFor, isSubgraphName, serverUrl, subgraphDatabase, subgraphNames } from './subgraphs.js';
export { createTestDatabase, testServerUrl } from './test-database.js';
