import type { Database } from '../db.js';
import { resourceProblems } from '../modules/learning-resources/index.js';
import { loadTaxonomyIndex } from '../modules/taxonomy/index.js';
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
 * anything is written), maps and checks each record (a malformed record fails alone, with its reason),
 * loads the rest, and for a full feed unpublishes what the provider no longer lists.
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
  const taxonomy = await loadTaxonomyIndex(db);
  const inputs: ResourceInput[] = [];
  const failures: ImportFailure[] = [];
  const failedIds = new Set<string>();
  const seen = new Set<string>();
  for (const record of records) {
    try {
      // All resources of a record are checked before any is kept: a record imports whole or not at all.
      const inRecord = new Set<string>();
      const accepted = source.transform(record).map((input) => {
        const key = `${input.platform}\u0000${input.readableId}`;
        if (seen.has(key) || inRecord.has(key)) {
          throw new RecordError(`duplicate readable id ${input.readableId} in this feed`, input.readableId);
        }
        inRecord.add(key);
        const problems = resourceProblems(input, taxonomy);
        if (problems.length > 0) {
          throw new RecordError(
            problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
            input.readableId,
          );
        }
        return { key, input };
      });
      for (const { key, input } of accepted) {
        seen.add(key);
        inputs.push(input);
      }
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      if (error.readableId) failedIds.add(error.readableId);
      failures.push({ file: record.file, record: error.readableId ?? `#${record.index}`, reason: error.message });
    }
  }
  const counts = await loadResources(db, source.name, inputs, { taxonomy });
  if (source.fullFeed && !options.partial) {
    counts.unpublished = await unpublishMissing(db, source.name, inputs, failedIds);
  }
  return { summary: { source: source.name, ...counts, failed: failures.length }, failures };
}
