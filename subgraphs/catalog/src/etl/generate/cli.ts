import { parseArgs } from 'node:util';
import { loadConfig, postgresUrl, runCommand } from '@learngraph/service-kit';
import { createDatabase } from '../../db.js';
import { ensureTaxonomy, generatedSource, loadGeneratedCatalog } from './load-generated.js';

const help = [
  'Usage: pnpm generate-catalog --count <n> --seed <n> [--now <ISO date>] [--chunk <n>]',
  '',
  'Generates a catalog resembling MIT Learn from the bundled provider data and loads it into DATABASE_URL',
  'through the import path (source "generated"), seeding the taxonomy first when the database has none.',
  'The same count, seed and now give the same catalog; loading it again changes nothing.',
  '  --count   resources to generate, members included',
  '  --seed    a non-negative integer',
  '  --now     the moment run dates are placed around (default: today, 00:00 UTC)',
  '  --chunk   resources generated and loaded at a time (default 5000)',
  'The last line printed is a JSON summary.',
].join('\n');

// Errors are one line for the terminal; the full usage is one command away.
const seeHelp = '`pnpm generate-catalog --help` lists the options.';

const integer = (name: string, value: string | undefined, min: number, fallback?: number): number => {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (value === undefined || !Number.isSafeInteger(number) || number < min) {
    throw new Error(`--${name} must be an integer of at least ${min}; ${seeHelp}`);
  }
  return number;
};

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
      chunk: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(help);
    return 0;
  }
  const count = integer('count', values.count, 0);
  const seed = integer('seed', values.seed, 0);
  const chunkSize = integer('chunk', values.chunk, 1, 5000);
  const today = new Date();
  const now = values.now
    ? new Date(values.now)
    : new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  if (Number.isNaN(now.getTime()))
    throw new Error(`--now must be an ISO date such as 2026-01-01T00:00:00Z; ${seeHelp}`);

  const { DATABASE_URL } = loadConfig({ DATABASE_URL: postgresUrl() });
  const db = createDatabase(DATABASE_URL);
  const started = performance.now();
  let peakRss = process.memoryUsage().rss;
  try {
    const seededTaxonomy = await ensureTaxonomy(db);
    const summary = await loadGeneratedCatalog(db, {
      count,
      seed,
      now,
      chunkSize,
      onProgress(loaded) {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        const seconds = (performance.now() - started) / 1000;
        console.error(`generate-catalog: ${loaded}/${count} resources in ${seconds.toFixed(1)} s`);
      },
    });
    const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
    console.log(
      JSON.stringify({
        source: generatedSource,
        seed,
        now: now.toISOString(),
        seededTaxonomy,
        ...summary,
        seconds,
        resourcesPerSecond: Math.round(summary.resources / Math.max(seconds, 0.001)),
        peakRssMb: Math.round(peakRss / 1024 / 1024),
      }),
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}

runCommand('generate-catalog', () => main(process.argv.slice(2)));
