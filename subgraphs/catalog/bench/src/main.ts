import { configOrExit } from '@learngraph/service-kit';
import {
  type BenchRequest,
  formatRow,
  type Pass,
  runConcurrent,
  runSequential,
  type Sample,
  summarize,
  tableHeader,
} from '@learngraph/service-kit/testing';
import { createDatabase } from '../../dist/db.js';
import { type BenchCatalog, type SqlStatement, startBenchCatalog } from './bench-catalog.js';
import { readBenchConfig } from './config.js';
import { explainStatement } from './explain.js';
import { prepareDatabase } from './prepare-database.js';
import {
  cursorAfter,
  deepShapes,
  entitiesRequest,
  type Fixtures,
  listRequest,
  listShapes,
  loadFixtures,
} from './scenarios.js';

const config = configOrExit(() => readBenchConfig());
const { BENCH_REQUESTS: requests, BENCH_CONCURRENCY: concurrency } = config;

/** The list shapes in rotation, with deep-page cursors walked to first. */
async function rotation(catalog: BenchCatalog, fixtures: Fixtures) {
  const deep = await Promise.all(
    deepShapes(fixtures).map(async (shape) => ({
      ...shape,
      after: await cursorAfter(catalog.endpoint, shape, 2000),
    })),
  );
  return [...listShapes(fixtures), ...deep];
}

/** The request whose latency is the median of its shape's, with the statements it sent. */
function medianRequest(pass: Pass & { statementsOf: SqlStatement[][] }, shape: string): SqlStatement[] {
  const indexes = pass.samples.flatMap((sample, index) => (sample.shape === shape ? [index] : []));
  indexes.sort((a, b) => (pass.samples[a]?.latencyMs ?? 0) - (pass.samples[b]?.latencyMs ?? 0));
  return pass.statementsOf[indexes[Math.floor(indexes.length / 2)] ?? 0] ?? [];
}

const byShape = (samples: readonly Sample[]) => {
  const groups = new Map<string, Sample[]>();
  for (const sample of samples) groups.set(sample.shape, [...(groups.get(sample.shape) ?? []), sample]);
  return groups;
};

async function main() {
  const databaseName = new URL(config.BENCH_DATABASE_URL).pathname.slice(1);
  console.log(`Catalog benchmark: ${databaseName}, ${requests} requests per pass, concurrency ${concurrency}`);
  const prepared = await prepareDatabase(config.BENCH_DATABASE_URL, {
    resources: config.BENCH_RESOURCES,
    seed: config.BENCH_SEED,
  });
  console.log(
    `database: ${prepared.resources} resources (${prepared.generated ? `generated ${prepared.generated.created} with seed ${config.BENCH_SEED}` : 'reused'}), ready in ${prepared.seconds.toFixed(1)} s`,
  );

  const db = createDatabase(config.BENCH_DATABASE_URL);
  const catalog = await startBenchCatalog(config.BENCH_DATABASE_URL);
  try {
    const fixtures = await loadFixtures(db);
    console.log(`topic filter: "${fixtures.topic.name}" with its ${fixtures.topic.subTopics} sub-topics`);
    const shapes = await rotation(catalog, fixtures);
    const [unfiltered] = shapes;
    if (!unfiltered) throw new Error('no list shapes');
    const scenarios = {
      list: (index: number) => listRequest(shapes[index % shapes.length] ?? unfiltered),
      unfiltered: (_index: number) => listRequest(unfiltered),
      entities50: (index: number) => entitiesRequest(fixtures, 50, index),
      entities5: (index: number) => entitiesRequest(fixtures, 5, index),
    };
    const { endpoint, statements } = catalog;
    // Warm-up: JIT, connection pool, PostgreSQL's buffer cache and the plan of every shape.
    for (const requestAt of Object.values(scenarios))
      await runSequential(endpoint, shapes.length * 2, requestAt, statements);

    const passes: Array<[string, Pass]> = [];
    // The subgraph runs in this process: its CPU time, with the client's small share, does not depend on
    // how long other processes keep the cores, as latencies on a shared machine do.
    const cpuPerRequest = new Map<string, number>();
    const measured = async <Measured extends Pass>(name: string, run: () => Promise<Measured>) => {
      const before = process.cpuUsage();
      const pass = await run();
      const used = process.cpuUsage(before);
      cpuPerRequest.set(name, (used.user + used.system) / 1000 / pass.samples.length);
      passes.push([name, pass]);
      return pass;
    };
    const sequential = (name: string, requestAt: (index: number) => BenchRequest) =>
      measured(name, () => runSequential(endpoint, requests, requestAt, statements));
    const concurrent = (name: string, requestAt: (index: number) => BenchRequest) =>
      measured(name, () => runConcurrent(endpoint, requests, concurrency, requestAt));
    const list = await sequential(`learningResources page of 20, ${shapes.length} shapes, sequential`, scenarios.list);
    await concurrent(`learningResources page of 20, ${shapes.length} shapes, ${concurrency} at once`, scenarios.list);
    const bare = await sequential('learningResources page of 20, unfiltered, sequential', scenarios.unfiltered);
    const fifty = await sequential('_entities ×50, sequential', scenarios.entities50);
    await concurrent(`_entities ×50, ${concurrency} at once`, scenarios.entities50);
    const five = await sequential('_entities ×5, sequential', scenarios.entities5);

    console.log(`\nlatency in ms\n${tableHeader}`);
    for (const [name, pass] of passes) console.log(formatRow(name, summarize(pass.samples, pass.wallMs)));
    console.log('\nCPU ms per request of this process (the subgraph, and the client sending to it)');
    for (const [name, cpuMs] of cpuPerRequest) console.log(`  ${name.padEnd(52)}${cpuMs.toFixed(2).padStart(7)}`);

    const filtered = list.samples.filter((sample) => sample.shape !== unfiltered.name);
    const p95 = (samples: readonly Sample[]) => summarize(samples, 1).p95;
    console.log('\nratios (p95)');
    console.log(`  _entities ×50 / ×5:                 ${(p95(fifty.samples) / p95(five.samples)).toFixed(2)}`);
    console.log(`  filtered page / unfiltered page:    ${(p95(filtered) / p95(bare.samples)).toFixed(2)}`);

    const perShape = [...byShape(list.samples)].map(([shape, samples]) => ({ shape, summary: summarize(samples, 1) }));
    console.log(
      `\nlist shapes, sequential pass (${Math.floor(requests / shapes.length)} requests each)\n${tableHeader}`,
    );
    for (const { shape, summary } of perShape) console.log(formatRow(shape, { ...summary, perSecond: Number.NaN }));

    const slowest = perShape.reduce((worst, entry) => (entry.summary.p95 > worst.summary.p95 ? entry : worst));
    const sent = medianRequest(list, slowest.shape);
    console.log(
      `\nslowest shape: ${slowest.shape} (p95 ${slowest.summary.p95.toFixed(1)} ms); its median request sent:`,
    );
    for (const statement of sent) {
      console.log(
        `  ${statement.durationMs.toFixed(1).padStart(6)} ms  ${statement.query.replace(/\s+/g, ' ').slice(0, 110)}`,
      );
    }
    for (const [label, marker] of [
      ['page query', 'AS sort_key'],
      ['count query', 'AS total'],
    ] as const) {
      const statement = sent.find((candidate) => candidate.query.includes(marker));
      if (!statement) continue;
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) ${label}:`);
      for (const line of await explainStatement(db, statement)) console.log(`  ${line}`);
    }
  } finally {
    await catalog.close();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
