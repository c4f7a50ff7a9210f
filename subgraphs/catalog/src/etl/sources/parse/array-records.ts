import { type FeedFile, FeedFileError, type FeedRecord } from '../../source.js';

/**
 * The items of files that each hold one JSON array of records (how many provider APIs answer), or a
 * FeedFileError naming what the file should have held.
 *
 * @example
 * records: (files) => arrayRecords(files, 'the JSON array of xPRO courses'),
 */
export function arrayRecords(files: FeedFile[], expected: string): FeedRecord[] {
  return files.flatMap(({ path, content }) => {
    if (!Array.isArray(content)) throw new FeedFileError(path, `expected ${expected}`);
    return content.map((value, index) => ({ file: path, index, value }));
  });
}
