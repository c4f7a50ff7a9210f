import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FeedFileError, type FeedRecord, type ImportSource } from './source.js';

async function expand(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => {
    throw new FeedFileError(path, 'no such file or directory');
  });
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() || entry.name.endsWith('.json'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => expand(join(path, entry.name))),
  );
  return nested.flat();
}

/**
 * Reads every file named (directories are searched for `.json` files) and splits each into records.
 * Any unreadable or malformed file throws FeedFileError before a single record is returned, so that a
 * broken delivery never half-imports.
 */
export async function readFeed(source: ImportSource, paths: string[]): Promise<FeedRecord[]> {
  const files = (await Promise.all(paths.map(expand))).flat();
  if (files.length === 0) throw new FeedFileError(paths.join(', '), 'no .json files found');
  const records: FeedRecord[] = [];
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new FeedFileError(file, `not valid JSON (${(error as Error).message})`);
    }
    source.records(file, parsed).forEach((value, index) => {
      records.push({ file, index, value });
    });
  }
  return records;
}
