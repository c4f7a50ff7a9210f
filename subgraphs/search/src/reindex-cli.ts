#!/usr/bin/env node
import { configOrExit, runCommand } from '@learngraph/service-kit';
import { createDatabase } from './db.js';
import { readMaintenanceConfig } from './maintenance-config.js';
import { embedderFromConfig } from './modules/embeddings/index.js';
import { rebuildSearchTable } from './modules/reindex/index.js';

// `pnpm search:reindex`: rebuilds the search table and swaps it in while the service keeps answering.
const config = configOrExit(() => readMaintenanceConfig());
runCommand('search:reindex', async () => {
  const db = createDatabase(config.DATABASE_URL);
  try {
    const report = await rebuildSearchTable(db, embedderFromConfig(config), {
      onProgress: (copied) => {
        if (copied % 10_000 === 0) console.error(`copied ${copied} documents`);
      },
    });
    console.log(JSON.stringify(report));
    return 0;
  } finally {
    await db.$disconnect();
  }
});
