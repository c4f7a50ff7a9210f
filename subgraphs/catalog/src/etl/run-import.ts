import type { Database } from '../db.js';
import { type LoadCounts, loadResources, unpublishMissing } from './load-resources.js';
import { readFeed } from './read-feed.js';
import type { ResourceInput } from './resource-input.js';
import { type ImportSource, RecordError } from './source.js';

export interface ImportFailure {
  file: string;
  record: string;
  reason: string;
}

export interface ImportSummary extends LoadCounts {
  source: string;
  failed: number;
}

export interface ImportOptions {
  /** The files do not list everything the provider offers: never unpublish what they omit. */
  partial?: boolean;
}

/**
 * Imports provider files: reads and checks every file first (a malformed file aborts the run before
 * anything is written), maps each record (a malformed record fails alone), loads the rest, and for
 * a full feed unpublishes what the provider no longer lists.
 *
 * @example
 * const { summary, failures } = await runImport(db, importSources.get('ocw-to-go')!, ['data/ocw-to-go']);
 */
export async function runImport(
  db: Database,
  source: ImportSource,
  paths: string[],
  options: ImportOptions = {},
): Promise<{ summary: ImportSummary; failures: ImportFailure[] }> {
  const records = await readFeed(source, paths);
  const inputs: ResourceInput[] = [];
  const failures: ImportFailure[] = [];
  const present = new Set<string>();
  for (const record of records) {
    const label = `#${record.index}`;
    try {
      const input = source.transform(record);
      if (present.has(input.readableId))
        throw new RecordError(`duplicate readable id ${input.readableId} in this feed`);
      present.add(input.readableId);
      inputs.push(input);
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      if (error.readableId) present.add(error.readableId);
      failures.push({ file: record.file, record: error.readableId ?? label, reason: error.message });
    }
  }
  const counts = await loadResources(db, source.name, inputs);
  if (source.fullFeed && !options.partial) {
    counts.unpublished = await unpublishMissing(db, source.name, source.platform, present);
  }
  return { summary: { source: source.name, ...counts, failed: failures.length }, failures };
}
