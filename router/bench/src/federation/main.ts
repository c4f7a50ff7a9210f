import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configOrExit } from '@learngraph/service-kit';
import { compose, type SubgraphSource } from '../../../src/compose/compose.js';
import { type Answer, checkAnswers } from './check-answers.js';
import { closedLoop } from './closed-loop.js';
import { readFederationBenchConfig } from './config.js';
import { gateways } from './gateways.js';
import { forkPart } from './process-channel.js';
import { formatReport, type Tally } from './report.js';
import { type Workload, workloads } from './workload.js';

const settings = configOrExit(() => readFederationBenchConfig());
const gatewayModule = fileURLToPath(new URL('./gateway-process.js', import.meta.url));
const subgraphsModule = fileURLToPath(new URL('./subgraphs-process.js', import.meta.url));

type Gateway = Awaited<ReturnType<typeof forkPart<{ url: string }>>> & { name: string };
type Subgraphs = Awaited<ReturnType<typeof forkPart<{ sources: SubgraphSource[] }>>>;

const cpuMs = async (gateway: Gateway) => {
  const { user, system } = await gateway.ask<NodeJS.CpuUsage>('cpu');
  return (user + system) / 1000;
};

/** Warms every gateway up with `workload`, then measures them taking turns for the configured rounds. */
async function measure(started: Gateway[], subgraphs: Subgraphs, answers: Map<string, Answer>, workload: Workload) {
  const { BENCH_SECONDS: seconds, BENCH_ROUNDS: rounds, BENCH_WARMUP_SECONDS: warmUp } = settings;
  const runs = started.map((gateway) => {
    const answer = answers.get(gateway.name);
    const load = {
      url: gateway.ready.url,
      body: workload.body,
      concurrency: settings.BENCH_CONCURRENCY,
      expected: answer?.text ?? '',
    };
    const tally: Tally = {
      latencies: [],
      seconds: 0,
      cpuMs: 0,
      subgraphRequests: answer?.subgraphRequests ?? 0,
      subgraphRequestsUnderLoad: 0,
    };
    return { gateway, load, tally };
  });
  for (const { load } of runs) await closedLoop({ ...load, seconds: warmUp });
  for (let round = 0; round < rounds; round += 1) {
    for (const { gateway, load, tally } of runs) {
      const before = await cpuMs(gateway);
      const sentBefore = await subgraphs.ask<number>('requests');
      const result = await closedLoop({ ...load, seconds });
      tally.cpuMs += (await cpuMs(gateway)) - before;
      tally.subgraphRequestsUnderLoad += (await subgraphs.ask<number>('requests')) - sentBefore;
      tally.latencies.push(...result.latencies);
      tally.seconds += result.seconds;
    }
  }
  return new Map(runs.map(({ gateway, tally }) => [gateway.name, tally]));
}

async function main() {
  const { BENCH_SECONDS: seconds, BENCH_ROUNDS: rounds, BENCH_WARMUP_SECONDS: warmUp } = settings;
  const subgraphs: Subgraphs = await forkPart<{ sources: SubgraphSource[] }>(subgraphsModule, []);
  const started: Gateway[] = [];
  try {
    const supergraphPath = join(await mkdtemp(join(tmpdir(), 'federation-bench-')), 'supergraph.graphql');
    await writeFile(supergraphPath, compose(subgraphs.ready.sources).supergraphSdl);
    for (const name of Object.keys(gateways)) {
      started.push({ name, ...(await forkPart<{ url: string }>(gatewayModule, [name, supergraphPath])) });
    }
    const answers = await checkAnswers(
      started.map(({ name, ready }) => ({ name, url: ready.url })),
      workloads[0]?.body(0) ?? '',
      () => subgraphs.ask<number>('requests'),
    );
    console.log(
      `Federation benchmark: ${started.length} gateways answer identically; ${settings.BENCH_CONCURRENCY} requests ` +
        `in flight, ${warmUp} s warm-up, then ${rounds} rounds of ${seconds} s each`,
    );
    for (const workload of workloads) {
      console.log(`\n${workload.title}\n${formatReport(await measure(started, subgraphs, answers, workload))}`);
    }
  } finally {
    await Promise.all([...started.map((gateway) => gateway.stop()), subgraphs.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
