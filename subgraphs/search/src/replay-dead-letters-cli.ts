#!/usr/bin/env node
import { configOrExit, createLogger, createRedis, runCommand } from '@learngraph/service-kit';
import { readMaintenanceConfig } from './maintenance-config.js';
import { replayDeadLetters } from './modules/reindex/index.js';

// `pnpm search:replay-dead-letters`: puts the search group's dead-lettered catalog events back on the stream.
const config = configOrExit(() => readMaintenanceConfig());
runCommand('search:replay-dead-letters', async () => {
  const redis = createRedis(config.REDIS_URL, createLogger('search-replay', 'warn'), 'search-replay');
  try {
    const replayed = await replayDeadLetters(redis, `${config.CATALOG_EVENTS_STREAM}:dead-letter`, 'search');
    console.log(JSON.stringify({ replayed }));
    return 0;
  } finally {
    await redis.quit();
  }
});
