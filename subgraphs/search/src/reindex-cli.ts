#!/usr/bin/env node
import { configOrExit, runCommand } from '@learngraph/service-kit';
import { Client } from '@opensearch-project/opensearch';
import { QdrantClient } from '@qdrant/js-client-rest';
import { readEngineConfig } from './config.js';
import { createDatabase } from './db.js';
import { readMaintenanceConfig } from './maintenance-config.js';
import { embedderFromConfig } from './modules/embeddings/index.js';
import { rebuildEngineIndexes, rebuildSearchTable } from './modules/reindex/index.js';

// `pnpm search:reindex`: rebuilds what the configured engine searches (the PostgreSQL table, or the
// OpenSearch index and the Qdrant collection) and swaps it in while the service keeps answering.
const config = configOrExit(() => ({ ...readMaintenanceConfig(), engine: readEngineConfig() }));
runCommand('search:reindex', async () => {
  const db = createDatabase(config.DATABASE_URL);
  const onProgress = (copied: number) => {
    if (copied % 10_000 === 0) console.error(`copied ${copied} documents`);
  };
  try {
    const embedder = embedderFromConfig(config);
    const { engine } = config;
    const report =
      engine.kind === 'postgres'
        ? await rebuildSearchTable(db, embedder, { onProgress })
        : await rebuildEngineIndexes(
            db,
            embedder,
            {
              opensearch: new Client({ node: engine.OPENSEARCH_URL }),
              index: engine.OPENSEARCH_INDEX,
              qdrant: new QdrantClient({ url: engine.QDRANT_URL }),
              collection: engine.QDRANT_COLLECTION,
            },
            { onProgress },
          );
    console.log(JSON.stringify(report));
    return 0;
  } finally {
    await db.$disconnect();
  }
});
