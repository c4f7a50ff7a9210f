import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { testRedisUrl } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Embedder, hashedNgramEmbedder } from '../src/modules/embeddings/index.js';
import { rebuildSearchTable } from '../src/modules/reindex/index.js';
import { fixtureResources, quantumPhysics } from './support/fixture-resources.js';
import { catalogEvent, type SearchUnderTest, startSearch } from './support/search-under-test.js';

const searchQuery = `query ($input: SearchInput!) {
  search(input: $input, first: 50) { totalCount edges { node { id } } facets { topics { value count } } }
}`;
type Results = {
  search: {
    totalCount: number;
    edges: Array<{ node: { id: string } }>;
    facets: { topics: Array<{ value: string; count: number }> };
  };
};

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** What the search database holds on disk: the live table with its indexes and TOAST, and the whole database. */
type Sizes = { table: number; database: number };

describe('a full reindex', () => {
  let search: SearchUnderTest;
  const answer = async (input: Record<string, unknown>) => {
    const { data, errors } = await search.query<Results>(searchQuery, { input });
    expect(errors).toBeUndefined();
    return data?.search;
  };

  /** Runs `task` while searching again and again; resolves with its result and how many searches answered. */
  const searchingDuring = async <T>(task: () => Promise<T>) => {
    let searching = true;
    let answered = 0;
    const searches = (async () => {
      while (searching) {
        await answer({ query: 'quantum' });
        answered += 1;
      }
    })();
    try {
      return { result: await task(), answered };
    } finally {
      searching = false;
      await searches;
    }
  };

  beforeAll(async () => {
    search = await startSearch();
    for (const item of fixtureResources) await search.applyCatalogEvent(catalogEvent(item, 1));
  });
  afterAll(() => search.close());

  it('rebuilds the table and swaps it in while searches keep answering and events keep arriving', async () => {
    const before = await answer({ query: 'quantum' });
    const lateArrival = { id: randomUUID(), title: 'Quantum optics', description: null, published: true };
    let arrival: Promise<void> | undefined;
    const { result: report, answered } = await searchingDuring(() =>
      rebuildSearchTable(search.db, hashedNgramEmbedder(), {
        batchSize: 1,
        onProgress: (copied) => {
          if (copied === 2) arrival = search.applyCatalogEvent(catalogEvent(lateArrival, 1));
        },
      }),
    );
    await arrival;
    expect(report.documents).toBeGreaterThanOrEqual(fixtureResources.length);
    expect(answered).toBeGreaterThan(0);
    const after = await answer({ query: 'quantum' });
    expect(after?.edges.map((edge) => edge.node.id)).toEqual(
      expect.arrayContaining([...(before?.edges.map((edge) => edge.node.id) ?? []), lateArrival.id]),
    );
    expect(after?.facets.topics).toEqual(before?.facets.topics);
  });

  it('keeps the index names, so it can run again, and semantic search reads the new vectors', async () => {
    await rebuildSearchTable(search.db, hashedNgramEmbedder());
    const indexes = await search.db.$queryRaw<Array<{ name: string }>>`
      SELECT indexname AS name FROM pg_indexes WHERE tablename = 'search_document' ORDER BY 1`;
    expect(indexes.map((index) => index.name)).toContain('search_document_document_idx');
    expect(indexes.map((index) => index.name)).toContain('search_document_pkey');
    const semantic = await answer({ query: 'quantum physics', mode: 'SEMANTIC' });
    expect(semantic?.edges[0]?.node.id).toBe(quantumPhysics.id);
  });

  const sizes = async (): Promise<Sizes> => {
    const [row] = await search.db.$queryRaw<Array<{ table: bigint; database: bigint }>>`
      SELECT pg_total_relation_size('search_document') AS table, pg_database_size(current_database()) AS database`;
    return { table: Number(row?.table), database: Number(row?.database) };
  };
  const leftover = async () => {
    const [row] = await search.db.$queryRaw<Array<{ name: string | null }>>`
      SELECT to_regclass('search_document_rebuild')::text AS name`;
    return row?.name;
  };

  it('drops its half-filled copy when it fails, and the live table keeps answering', async () => {
    const before = await answer({ query: 'quantum' });
    let batches = 0;
    const failing: Embedder = {
      name: hashedNgramEmbedder().name,
      embed: async (texts) => {
        batches += 1;
        if (batches === 2) throw new Error('the embeddings endpoint is down');
        return hashedNgramEmbedder().embed(texts);
      },
    };
    await expect(rebuildSearchTable(search.db, failing, { batchSize: 2 })).rejects.toThrow('endpoint is down');
    expect(await leftover()).toBeNull();
    expect(await answer({ query: 'quantum' })).toEqual(before);
  });

  // Each run starts a node process that loads the whole service: seconds each on a loaded machine.
  it('leaves no dead rows behind: `pnpm search:reindex` again and again keeps the database its size', {
    timeout: 180_000,
  }, async () => {
    const env = { ...process.env, DATABASE_URL: search.databaseUrl, REDIS_URL: testRedisUrl() };
    const reindex = () => promisify(execFile)('pnpm', ['search:reindex'], { cwd: repoRoot, env });
    const { result: runs, answered } = await searchingDuring(async () => {
      const runs: Sizes[] = [];
      for (let run = 0; run < 3; run += 1) {
        const { stdout } = await reindex();
        expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toMatchObject({ documents: expect.any(Number) });
        runs.push(await sizes());
      }
      return runs;
    });
    expect(answered).toBeGreaterThan(0);
    const [first] = runs;
    for (const run of runs) {
      expect(run.table).toBeLessThanOrEqual((first?.table ?? 0) * 1.25);
      expect(run.database).toBeLessThanOrEqual((first?.database ?? 0) * 1.25);
    }
    expect(await leftover()).toBeNull();
    // Vacuumed and analysed after the swap (dead rows a search still saw then stay for the next vacuum).
    const [table] = await search.db.$queryRaw<Array<{ vacuumed: Date | null; statistics: bigint }>>`
      SELECT last_vacuum AS vacuumed,
        (SELECT count(*) FROM pg_stats WHERE tablename = 'search_document') AS statistics
      FROM pg_stat_user_tables WHERE relname = 'search_document'`;
    expect(table?.vacuumed).toBeInstanceOf(Date);
    expect(Number(table?.statistics)).toBeGreaterThan(0);
  });
});
