import { postGraphQL } from '@learngraph/service-kit/testing';
import type { Scenario } from './scenarios.js';

/** Nearest-rank percentile of ascending values. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

export interface Timing {
  p50: number;
  p95: number;
}

let sentSoFar = 0;

/** A benchmark of unexpected answers measures nothing: a wrong answer stops the run. */
async function send(url: string, scenario: Scenario): Promise<number> {
  sentSoFar += 1;
  const query = scenario.query(sentSoFar);
  const sent = performance.now();
  const response = await postGraphQL(url, query);
  const took = performance.now() - sent;
  const code = response.errors?.[0]?.extensions?.code ?? null;
  if (code !== scenario.refusedWith) {
    throw new Error(
      `${scenario.name}: expected ${scenario.refusedWith ?? 'an answer'}, got HTTP ${response.status} ${code}`,
    );
  }
  return took;
}

const timing = (latencies: number[]): Timing => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

/**
 * Sends `count` requests of `scenario` one after another, after `warmUps` untimed ones, and returns the p50 and
 * p95 of their answer times in milliseconds.
 *
 * @example
 * const { p50, p95 } = await timeSequential(url, plain, 40);
 */
export async function timeSequential(url: string, scenario: Scenario, count: number, warmUps = 3): Promise<Timing> {
  for (let warmUp = 0; warmUp < warmUps; warmUp += 1) await send(url, scenario);
  const latencies: number[] = [];
  for (let index = 0; index < count; index += 1) latencies.push(await send(url, scenario));
  return timing(latencies);
}

/**
 * Times `count` requests of `probe` one after another while `clients` other clients keep sending `load`, and
 * returns the probe's p50 and p95: what a bystander waits while the router is under attack.
 *
 * @example
 * await timeUnderLoad(url, typename, fragmentBomb(25), 4, 40);
 */
export async function timeUnderLoad(
  url: string,
  probe: Scenario,
  load: Scenario,
  clients: number,
  count: number,
): Promise<Timing> {
  let probing = true;
  const latencies: number[] = [];
  const prober = async () => {
    try {
      for (let index = 0; index < count; index += 1) latencies.push(await send(url, probe));
    } finally {
      probing = false;
    }
  };
  const attacker = async () => {
    while (probing) await send(url, load);
  };
  await Promise.all([prober(), ...Array.from({ length: clients }, attacker)]);
  return timing(latencies);
}
