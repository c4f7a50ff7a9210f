import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type FeedFile, FeedFileError, type FeedRecord, type ImportSource } from './source.js';

async function expand(path: string, extension: string): Promise<string[]> {
  const info = await stat(path).catch(() => {
    throw new FeedFileError(path, 'no such file or directory');
  });
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() || entry.name.endsWith(extension))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => expand(join(path, entry.name), extension)),
  );
  return nested.flat();
}

/**
 * Reads every file named (directories are searched for `.json` files, or `.csv` for text sources) and
 * lets the source turn them into records. Any unreadable or malformed file throws FeedFileError before a
 * single record is returned, so that a broken delivery never half-imports.
 */
export async function readFeed(source: ImportSource, paths: string[]): Promise<FeedRecord[]> {
  const format = source.fileFormat ?? 'json';
  const names = (await Promise.all(paths.map((path) => expand(path, format === 'json' ? '.json' : '.csv')))).flat();
  if (names.length === 0)
    throw new FeedFileError(paths.join(', '), `no ${format === 'json' ? '.json' : '.csv'} files found`);
  const files: FeedFile[] = [];
  for (const path of names) {
    const text = await readFile(path, 'utf8');
    if (format === 'text') {
      files.push({ path, content: text });
      continue;
    }
    try {
      files.push({ path, content: JSON.parse(text) });
    } catch (error) {
      throw new FeedFileError(path, `not valid JSON (${(error as Error).message})`);
    }
  }
  return source.records(files);
}
