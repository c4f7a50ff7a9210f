import type { Database } from '../../db.js';
import { loadTaxonomyIndex, seedTaxonomy } from '../../modules/taxonomy/index.js';
import { type LoadCounts, loadResources } from '../load-resources.js';
import type { ResourceType } from '../resource-input.js';
import { type CatalogOptions, catalogResources } from './generate-catalog.js';
import type { GeneratedResource } from './generate-resource.js';
import { recordViews } from './record-views.js';
import { bundledDataDir, loadVocabulary, type Vocabulary } from './vocabulary.js';

/** The import source generated resources are written as, so that they can be told apart and removed. */
export const generatedSource = 'generated';

export interface LoadGeneratedOptions extends CatalogOptions {
  /** Resources generated and loaded at a time: memory stays bounded by one chunk. */
  chunkSize?: number;
  vocabulary?: Vocabulary;
  /** Called after each chunk with how many resources are in so far. */
  onProgress?: (loaded: number) => void;
}

export interface LoadGeneratedSummary extends LoadCounts {
  resources: number;
  byType: Partial<Record<ResourceType, number>>;
}

/** Seeds the bundled taxonomy when the database has none yet: generated resources refer to it. */
export async function ensureTaxonomy(db: Database): Promise<boolean> {
  if ((await db.platform.count()) > 0) return false;
  await seedTaxonomy(db, `${bundledDataDir}/mit-learn/taxonomy`);
  return true;
}

/**
 * Generates a catalog and loads it through the import path (`loadResources`, source "generated") chunk by
 * chunk, then writes each chunk's views. Loading the same options again changes nothing.
 *
 * @example
 * const summary = await loadGeneratedCatalog(db, { count: 100_000, seed: 42, now: new Date() });
 */
export async function loadGeneratedCatalog(db: Database, options: LoadGeneratedOptions): Promise<LoadGeneratedSummary> {
  const { chunkSize = 5000, onProgress } = options;
  const vocabulary = options.vocabulary ?? (await loadVocabulary());
  const taxonomy = await loadTaxonomyIndex(db);
  const summary: LoadGeneratedSummary = {
    resources: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    unpublished: 0,
    byType: {},
  };
  let chunk: GeneratedResource[] = [];
  const flush = async () => {
    const counts = await loadResources(db, generatedSource, chunk, { taxonomy });
    await recordViews(db, chunk);
    summary.created += counts.created;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
    summary.resources += chunk.length;
    for (const resource of chunk)
      summary.byType[resource.resourceType] = (summary.byType[resource.resourceType] ?? 0) + 1;
    chunk = [];
    onProgress?.(summary.resources);
  };
  for (const resource of catalogResources(vocabulary, options)) {
    chunk.push(resource);
    if (chunk.length >= chunkSize) await flush();
  }
  if (chunk.length > 0) await flush();
  return summary;
}
