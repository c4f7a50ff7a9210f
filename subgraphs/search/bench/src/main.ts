import { cpus, totalmem } from 'node:os';
import { migrateDatabase } from '@learngraph/prisma';
import { configOrExit, createLogger, publicKeySet } from '@learngraph/service-kit';
import {
  formatRow,
  generateRouterKey,
  generateTestKeys,
  listenOnFreePort,
  runSequential,
  summarize,
  tableHeader,
  waitFor,
} from '@learngraph/service-kit/testing';
import { createDatabase } from '../../dist/db.js';
import { hashedNgramEmbedder } from '../../dist/modules/embeddings/index.js';
import { rebuildSearchTable } from '../../dist/modules/reindex/index.js';
import { createSearchServer } from '../../dist/server.js';
import { readBenchConfig } from './config.js';
import { generateDocuments } from './generate-documents.js';
import { scenarios } from './scenarios.js';

const config = configOrExit(() => readBenchConfig());

async function main() {
  const cpu = cpus();
  console.log(
    `Search benchmark: ${config.BENCH_RESOURCES} resources, ${config.BENCH_REQUESTS} requests a scenario, one at a time`,
  );
  console.log(
    `hardware: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
  );
  await migrateDatabase('search', config.BENCH_DATABASE_URL);
  const db = createDatabase(config.BENCH_DATABASE_URL);
  const have = Number((await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM search_document`)[0]?.n ?? 0);
  if (have < config.BENCH_RESOURCES) {
    console.log(`generating ${config.BENCH_RESOURCES - have} documents …`);
    await generateDocuments(db, config.BENCH_RESOURCES - have, config.BENCH_SEED + have);
  }
  const embedder = hashedNgramEmbedder();
  const reindex = await rebuildSearchTable(db, embedder);
  console.log(
    `reindex: ${reindex.documents} documents in ${reindex.seconds.toFixed(1)} s, ${reindex.perSecond.toFixed(0)} documents/s (documents, embeddings, indexes, swap)`,
  );
  await db.$executeRawUnsafe('ANALYZE search_document');

  const routerKey = generateRouterKey();
  const service = await createSearchServer({
    db,
    embedder,
    tokenKeys: publicKeySet([generateTestKeys().publicKey]),
    logger: createLogger('search-bench', 'silent'),
    routerKeys: [routerKey],
  });
  const starting = Date.now();
  await service.start();
  const origin = await listenOnFreePort(service.server);
  await waitFor(async () => (await fetch(`${origin}/health/ready`)).ok, { timeoutMs: 600_000, intervalMs: 100 });
  console.log(`ready (in-memory copies loaded) ${((Date.now() - starting) / 1000).toFixed(1)} s after start`);
  const endpoint = { url: `${origin}/graphql`, routerKey };
  const ids = (await db.$queryRaw<Array<{ id: string }>>`SELECT id::text FROM search_document LIMIT 5000`).map(
    (row) => row.id,
  );
  console.log(`\n${tableHeader}`);
  for (const scenario of scenarios(ids, config.BENCH_SEED)) {
    await runSequential(endpoint, 20, scenario.at, []);
    const pass = await runSequential(endpoint, config.BENCH_REQUESTS, scenario.at, []);
    console.log(
      formatRow(
        scenario.name,
        summarize(
          pass.samples.map((sample) => ({ ...sample, statements: null })),
          pass.wallMs,
        ),
      ),
    );
  }
  await new Promise((resolve) => service.server.close(resolve));
  await service.stop();
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
