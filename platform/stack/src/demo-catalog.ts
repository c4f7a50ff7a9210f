import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './config.js';
import type { Logger } from './output.js';

/** The bundled provider files `pnpm start` imports: [source, path relative to the catalog's data folder]. */
export const demoFeeds: Array<[source: string, path: string]> = [['ocw-to-go', 'ocw-to-go/courses']];

function runEtl(databaseUrl: string, source: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'subgraphs/catalog/dist/etl/cli.js'), source, path], {
      cwd: join(repoRoot, 'subgraphs/catalog/data'),
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output.trim().split('\n').at(-1) ?? '') : reject(new Error(output.trim())),
    );
  });
}

/**
 * Imports every bundled provider file into the catalog, as `pnpm etl` would. Importing is idempotent,
 * so this runs on every start and only the first one creates anything.
 */
export async function importDemoCatalog(catalogDatabaseUrl: string, log: Logger): Promise<void> {
  for (const [source, path] of demoFeeds) {
    log.info(`demo catalog: ${await runEtl(catalogDatabaseUrl, source, path)}`);
  }
}
