import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { postGraphQL } from '@learngraph/service-kit/testing';
import { waitUntil } from './poll.js';
import { stackSigner } from './stack-signer.js';
import { startSystem } from './start-system.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export type SubgraphName = 'catalog' | 'users' | 'search' | 'learning-paths';

/** What the launcher records in `stack.json`. */
export interface StackState {
  pid: number;
  url: string;
  databaseUrls: Record<SubgraphName, string>;
  redisUrl: string;
  services: Record<string, { origin: string; pid: number | null; state: string; restarts: number }>;
}

/**
 * The whole system as `pnpm start` runs it, for a fault scenario: no demo catalog (`SKIP_DEMO_IMPORT=1`), the
 * taxonomy imported with `pnpm etl` so that editors can create resources, an EDITOR token signed with the
 * stack's own key, and ways to read `stack.json`, kill a service by its recorded pid and wait for its return.
 *
 * @example
 * const system = await startFaultSystem({ REDIS_URL: redis.url });
 * const killed = await system.kill('catalog');
 * await system.waitForReturn('catalog', killed);
 */
export async function startFaultSystem(env: Record<string, string> = {}) {
  const system = await startSystem({ SKIP_DEMO_IMPORT: '1', ...env });
  const { dataDir } = system;
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  await promisify(execFile)(
    process.execPath,
    [
      join(repoRoot, 'platform/stack/dist/with-stack-env.js'),
      join(repoRoot, 'subgraphs/catalog/dist/etl/cli.js'),
      'taxonomy',
      join(repoRoot, 'subgraphs/catalog/data/mit-learn/taxonomy'),
    ],
    { cwd: repoRoot, env: { ...inherited, LEARNGRAPH_DATA_DIR: dataDir } },
  );
  const signer = await stackSigner(dataDir);
  const state = async (): Promise<StackState> => JSON.parse(await readFile(join(dataDir, 'stack.json'), 'utf8'));
  const service = async (name: string) => {
    const recorded = (await state()).services[name];
    if (!recorded) throw new Error(`stack.json records no service named ${name}`);
    return recorded;
  };

  return {
    url: system.url,
    dataDir,
    state,
    service,
    editorToken: await signer.sign({ userId: randomUUID(), roles: ['EDITOR'] }),
    /** Posts a GraphQL operation through the edge, as a browser or partner app would. */
    graphql: <Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string) =>
      postGraphQL<Data>(`${system.url}/graphql`, query, variables, token),
    /** Kills a service outright (SIGKILL) by the pid `stack.json` records; resolves with that pid. */
    async kill(name: string): Promise<number> {
      const { pid } = await service(name);
      if (!pid) throw new Error(`${name} has no running process to kill`);
      process.kill(pid, 'SIGKILL');
      return pid;
    },
    /** Waits until the launcher has started the service again and it is ready, in another process. */
    waitForReturn: (name: string, killedPid: number) =>
      waitUntil(
        `${name} is ready again in a new process`,
        () => service(name),
        (recorded) => recorded.state === 'ready' && recorded.pid !== killedPid,
      ),
    /** The launcher's own lines, to print when a scenario fails. */
    story: () =>
      system
        .output()
        .split('\n')
        .filter((line) => line.startsWith('[stack]'))
        .join('\n'),
    /** Stops the system as Ctrl-C would, then removes its data directory. */
    stop: () => system.interrupt(),
  };
}

export type FaultSystem = Awaited<ReturnType<typeof startFaultSystem>>;
