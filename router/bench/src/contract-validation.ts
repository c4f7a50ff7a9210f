import { readFile } from 'node:fs/promises';
import { configOrExit } from '@learngraph/service-kit';
import { buildSchema, type OperationDefinitionNode, parse } from 'graphql';
import { cachedContractCheck } from '../../src/contract/cached-contract-check.js';
import { checkAgainstContract } from '../../src/contract/contract-check.js';
import { readBenchConfig } from './config.js';
import { percentile } from './measure.js';

const { BENCH_REQUESTS: requests } = configOrExit(() => readBenchConfig());
/** Every check is repeated this often per timed sample, so that one sample is well above the timer's resolution. */
const checksPerSample = 50;

/** A partner's page of resources, as a partner app would send it: a fragment, variables, nested lists. */
const partnerQuery = `
query ResourcePage($first: Int!, $after: String, $filter: LearningResourceFilter) {
  learningResources(first: $first, after: $after, filter: $filter, sort: NEWEST) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ...ResourceCard } }
  }
}
fragment ResourceCard on LearningResource {
  id readableId title description url resourceType free certification languages duration nextStartDate
  platform { id name url }
  topics { id code name parent { id name } }
  departments { id name }
  offeredBy { id name }
}`;

/** Microseconds per check of `check`, per sample, sorted, and the process CPU time per check. */
function time(check: () => void) {
  for (let warm = 0; warm < checksPerSample; warm += 1) check();
  const samples: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let sample = 0; sample < requests; sample += 1) {
    const started = performance.now();
    for (let repeat = 0; repeat < checksPerSample; repeat += 1) check();
    samples.push(((performance.now() - started) * 1000) / checksPerSample);
  }
  const cpu = process.cpuUsage(cpuBefore);
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    cpu: (cpu.user + cpu.system) / (requests * checksPerSample),
  };
}

async function main() {
  // Run from bench/dist/bench/src: the contract `pnpm compose` writes beside the router's supergraph.
  const contract = buildSchema(await readFile(new URL('../../../../public-schema.graphql', import.meta.url), 'utf8'));
  const document = parse(partnerQuery);
  const operation = document.definitions[0] as OperationDefinitionNode;
  if (checkAgainstContract(contract, document, operation).refusal) throw new Error('the query is not in the contract');
  const cached = cachedContractCheck(1_000);
  const uncached = time(() => checkAgainstContract(contract, document, operation));
  const remembered = time(() => cached(contract, document, operation, 'hash:ResourcePage'));
  const us = (value: number) => value.toFixed(1).padStart(10);
  console.log(`Partner contract check of one ResourcePage operation: ${requests} samples of ${checksPerSample} checks`);
  console.log(`${'check'.padEnd(34)}${'p50 µs'.padStart(10)}${'p95 µs'.padStart(10)}${'CPU µs'.padStart(10)}`);
  console.log(`${'validated every time (before)'.padEnd(34)}${us(uncached.p50)}${us(uncached.p95)}${us(uncached.cpu)}`);
  console.log(
    `${'verdict remembered (now)'.padEnd(34)}${us(remembered.p50)}${us(remembered.p95)}${us(remembered.cpu)}`,
  );
  console.log(`CPU saved per repeated partner request: ${(uncached.cpu - remembered.cpu).toFixed(1)} µs`);
  console.log(`ratio (before/now, p50): ${(uncached.p50 / remembered.p50).toFixed(0)}×`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
