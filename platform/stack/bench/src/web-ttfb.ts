import { loadConfig, positiveInt } from '@learngraph/service-kit';
import { z } from 'zod';
import { startSystem } from '../../e2e/support/start-system.js';

/**
 * `pnpm bench:web`: the time to first byte (response headers) and to the whole page of the web site's home and
 * search pages through the edge, one request at a time after a warm-up, as percentiles. By default it starts a
 * system of its own (the demo catalog); `WEB_BENCH_URL` measures a running one instead.
 *
 * @example
 * WEB_BENCH_REQUESTS=500 pnpm bench:web
 */
const config = loadConfig(
  {
    /** The edge of a running system; unset: start one. */
    WEB_BENCH_URL: z.url().optional(),
    /** Measured requests per page, after `WEB_BENCH_WARMUP` unmeasured ones. */
    WEB_BENCH_REQUESTS: positiveInt(200),
    WEB_BENCH_WARMUP: positiveInt(20),
  },
  process.env,
);

const pages = [
  { name: 'home', path: '/' },
  { name: 'search: one word', path: '/search?q=data' },
  { name: 'search: word + facet', path: '/search?q=data&type=COURSE' },
  { name: 'search: no words, sorted', path: '/search?sort=most-viewed' },
];

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
const ms = (value: number) => value.toFixed(1).padStart(8);

async function timeOne(url: string): Promise<{ ttfb: number; total: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  const ttfb = performance.now() - started;
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ttfb, total: performance.now() - started };
}

const system = config.WEB_BENCH_URL ? null : await startSystem();
const base = config.WEB_BENCH_URL ?? system?.url ?? '';
try {
  process.stdout.write(
    `web TTFB through the edge at ${base}: ${config.WEB_BENCH_REQUESTS} requests a page, one at a time, after ${config.WEB_BENCH_WARMUP} to warm up (ms)\n\n`,
  );
  process.stdout.write(
    `${'page'.padEnd(26)}${'ttfb p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}${'total p50'.padStart(10)}${'p95'.padStart(9)}\n`,
  );
  const p95s: Record<string, number> = {};
  for (const page of pages) {
    const url = `${base}${page.path}`;
    for (let i = 0; i < config.WEB_BENCH_WARMUP; i++) await timeOne(url);
    const samples: Array<{ ttfb: number; total: number }> = [];
    for (let i = 0; i < config.WEB_BENCH_REQUESTS; i++) samples.push(await timeOne(url));
    const ttfb = samples.map((sample) => sample.ttfb).sort((a, b) => a - b);
    const total = samples.map((sample) => sample.total).sort((a, b) => a - b);
    p95s[page.name] = percentile(ttfb, 95);
    process.stdout.write(
      `${page.name.padEnd(26)}${ms(percentile(ttfb, 50))} ${ms(percentile(ttfb, 95))} ${ms(percentile(ttfb, 99))}  ${ms(percentile(total, 50))} ${ms(percentile(total, 95))}\n`,
    );
  }
  const home = p95s.home ?? Number.NaN;
  process.stdout.write(`\nratio of TTFB p95 to the home page's:\n`);
  for (const [name, p95] of Object.entries(p95s))
    process.stdout.write(`  ${name.padEnd(26)} ${(p95 / home).toFixed(2)}\n`);
} finally {
  await system?.interrupt();
}
