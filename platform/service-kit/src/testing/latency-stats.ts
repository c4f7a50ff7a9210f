/** One measured request: how long it took and, when requests ran one at a time, how many SQL statements it sent. */
export interface Sample {
  shape: string;
  latencyMs: number;
  statements: number | null;
}

/** The samples of one pass and how long the whole pass took, for throughput. */
export interface Pass {
  samples: Sample[];
  wallMs: number;
}

export interface Summary {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  perSecond: number;
  /** Fewest and most SQL statements of one request; null for concurrent passes, where they interleave. */
  sql: { min: number; max: number } | null;
}

/** Nearest-rank percentile of ascending values. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

/**
 * Latency percentiles, mean, throughput and round trips of a pass, or of the samples of one shape in it.
 *
 * @example
 * summarize(pass).p95; // milliseconds
 */
export function summarize(samples: readonly Sample[], wallMs: number): Summary {
  const latencies = samples.map((sample) => sample.latencyMs).sort((a, b) => a - b);
  const counts = samples.flatMap((sample) => (sample.statements === null ? [] : [sample.statements]));
  return {
    requests: samples.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((sum, latency) => sum + latency, 0) / Math.max(latencies.length, 1),
    max: latencies.at(-1) ?? Number.NaN,
    perSecond: (samples.length / wallMs) * 1000,
    sql: counts.length > 0 ? { min: Math.min(...counts), max: Math.max(...counts) } : null,
  };
}

const ms = (value: number) => value.toFixed(1).padStart(7);

/** One aligned table row: name, p50, p95, p99, mean (ms), requests per second, SQL statements per request. */
export function formatRow(name: string, summary: Summary): string {
  const sql = summary.sql ? `${summary.sql.min}–${summary.sql.max}` : 'n/a';
  const perSecond = Number.isFinite(summary.perSecond) ? summary.perSecond.toFixed(0) : '';
  return `${name.padEnd(52)}${ms(summary.p50)}${ms(summary.p95)}${ms(summary.p99)}${ms(summary.mean)}${perSecond.padStart(8)}  ${sql}`;
}

export const tableHeader = `${'scenario'.padEnd(52)}${'p50'.padStart(7)}${'p95'.padStart(7)}${'p99'.padStart(7)}${'mean'.padStart(7)}${'req/s'.padStart(8)}  SQL/req`;
