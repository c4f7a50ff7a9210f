import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './config.js';
import type { Logger } from './output.js';

/**
 * What `pnpm start` imports, in order: the taxonomy first (resources refer to it), then every bundled
 * provider feed, as [source, paths relative to the catalog's data folder].
 */
export const demoFeeds: Array<[source: string, ...paths: string[]]> = [
  ['taxonomy', 'mit-learn/taxonomy'],
  ['mitxonline-courses', 'mit-learn/mitxonline_courses.json'],
  ['mitxonline-programs', 'mit-learn/mitxonline_programs.json', 'mit-learn/mitxonline_courses.json'],
  ['xpro-courses', 'mit-learn/xpro_courses.json'],
  ['xpro-programs', 'mit-learn/xpro_programs.json'],
  ['ocw', 'mit-learn/test_ocw_parsed.json'],
  ['ocw-to-go', 'ocw-to-go/courses'],
  ['youtube', 'mit-learn/youtube'],
  ['sloan', 'mit-learn/test_sloan_courses.json', 'mit-learn/test_sloan_runs.json'],
  ['mitpe', 'mit-learn/mitpe'],
  // MIT Professional Education's courses come from its own export above; Prolearn adds CSAIL's programs.
  ['prolearn', 'mit-learn/prolearn_csail_programs.json'],
  ['bootcamps', 'mit-learn/bootcamps.json'],
  ['oll', 'mit-learn/taxonomy/oll_metadata.csv'],
];

function runEtl(databaseUrl: string, source: string, paths: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'subgraphs/catalog/dist/etl/cli.js'), source, ...paths], {
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
  for (const [source, ...paths] of demoFeeds) {
    log.info(`demo catalog: ${await runEtl(catalogDatabaseUrl, source, paths)}`);
  }
}
