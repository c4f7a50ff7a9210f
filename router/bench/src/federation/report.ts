import { percentile } from '../measure.js';

/** What one gateway did over every round. */
export interface Tally {
  latencies: number[];
  seconds: number;
  cpuMs: number;
  /** HTTP requests the subgraphs were sent for the query sent alone. */
  subgraphRequests: number;
  /** HTTP requests the subgraphs were sent while it was measured under load. */
  subgraphRequestsUnderLoad: number;
}

const columns: [string, number][] = [
  ['gateway', 24],
  ['req/s', 9],
  ['× vanilla', 11],
  ['p50 ms', 9],
  ['p95 ms', 9],
  ['CPU ms/req', 12],
  ['CPU × vanilla', 15],
  ['subgraph req/query alone', 27],
  ['under load', 12],
];

const line = (cells: string[]) =>
  cells
    .map((cell, index) => (index === 0 ? cell.padEnd(columns[0]?.[1] ?? 0) : cell.padStart(columns[index]?.[1] ?? 0)))
    .join('');

/**
 * The benchmark's table: per gateway its requests per second, p50 and p95, CPU per request of its process, and
 * the ratios of both to the first gateway (vanilla `@apollo/gateway`).
 *
 * @example
 * console.log(formatReport(new Map([['@apollo/gateway', tally]])));
 */
export function formatReport(tallies: Map<string, Tally>): string {
  const rows = [...tallies].map(([name, tally]) => {
    const sorted = [...tally.latencies].sort((a, b) => a - b);
    return { name, rate: sorted.length / tally.seconds, cpu: tally.cpuMs / sorted.length, sorted, tally };
  });
  const base = rows[0];
  return [
    line(columns.map(([title]) => title)),
    ...rows.map(({ name, rate, cpu, sorted, tally }) =>
      line([
        name,
        rate.toFixed(0),
        `${(rate / (base?.rate ?? rate)).toFixed(2)}×`,
        percentile(sorted, 50).toFixed(1),
        percentile(sorted, 95).toFixed(1),
        cpu.toFixed(2),
        `${(cpu / (base?.cpu ?? cpu)).toFixed(2)}×`,
        String(tally.subgraphRequests),
        (tally.subgraphRequestsUnderLoad / sorted.length).toFixed(1),
      ]),
    ),
  ].join('\n');
}
