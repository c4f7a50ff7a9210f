import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { type SubgraphName, subgraphDatabase } from './subgraphs.js';

/**
 * Generates one subgraph's Prisma client (into `subgraphs/<name>/src/generated/prisma`).
 * `prisma generate` insists that a schema-engine binary path exists although generating never runs
 * it; where the native engine could not be downloaded, point it at any existing file.
 */
export async function generateClient(name: SubgraphName): Promise<void> {
  const require = createRequire(import.meta.url);
  const cli = require.resolve('prisma/build/index.js');
  const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
  env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'generate', '--schema', subgraphDatabase(name).schemaPath], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prisma generate failed for ${name}`))));
  });
}
