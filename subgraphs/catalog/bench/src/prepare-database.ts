import { migrateDatabase } from '@learngraph/prisma';
import { createDatabase } from '../../dist/db.js';
import { ensureTaxonomy, type LoadGeneratedSummary, loadGeneratedCatalog } from '../../dist/etl/generate/index.js';

export interface PreparedDatabase {
  migrations: string[];
  seededTaxonomy: boolean;
  /** What generating added, or null when the database already held the catalog. */
  generated: LoadGeneratedSummary | null;
  resources: number;
  seconds: number;
}

/**
 * Brings the benchmark database to a known state: migrated, taxonomy seeded, and holding at least
 * `resources` resources, generated with `seed` the first time and reused afterwards (generating 100,000
 * takes minutes), then vacuumed and analysed as autovacuum leaves a database that has settled.
 *
 * @example
 * const prepared = await prepareDatabase(url, { resources: 100_000, seed: 42 });
 */
export async function prepareDatabase(
  url: string,
  options: { resources: number; seed: number },
): Promise<PreparedDatabase> {
  const started = performance.now();
  const migrations = await migrateDatabase('catalog', url);
  const db = createDatabase(url);
  try {
    const seededTaxonomy = await ensureTaxonomy(db);
    const existing = await db.learningResource.count();
    let generated: LoadGeneratedSummary | null = null;
    if (existing < options.resources) {
      const today = new Date();
      generated = await loadGeneratedCatalog(db, {
        count: options.resources,
        seed: options.seed,
        now: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())),
        onProgress: (loaded) => console.error(`bench: generated ${loaded}/${options.resources} resources`),
      });
    }
    // A production catalog has been vacuumed and analysed: plans (index-only scans above all) depend on it.
    await db.$executeRaw`VACUUM (ANALYZE)`;
    return {
      migrations,
      seededTaxonomy,
      generated,
      resources: await db.learningResource.count(),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await db.$disconnect();
  }
}
