import { FeedFileError, type FeedRecord, type ImportSource, RecordError } from '../source.js';
import { courseKeyOf, courseResource } from './oll/course.js';
import { courseRowSchema, requiredColumns } from './oll/course-row.js';
import { CsvSyntaxError, parseCsv } from './oll/csv.js';
import { parseRecord } from './parse/record.js';

/** One data row, keyed by column, with its width so that a ragged row fails alone. */
interface SheetRow {
  cells: Record<string, string>;
  width: number;
  columns: number;
}

function rowsOf(path: string, content: unknown): FeedRecord[] {
  if (typeof content !== 'string') throw new FeedFileError(path, 'expected CSV text');
  let rows: string[][];
  try {
    rows = parseCsv(content);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new FeedFileError(path, `not valid CSV (${error.message})`);
    throw error;
  }
  // The sheet's headers carry stray spaces ("MITxO Adopted Secondary Child "); unnamed columns are notes.
  const columns = (rows[0] ?? []).map((name) => name.trim());
  const missing = requiredColumns.filter((name) => !columns.includes(name));
  if (missing.length > 0) throw new FeedFileError(path, `not the OLL catalogue: no column ${missing.join(', ')}`);
  return rows.slice(1).flatMap((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return [];
    const named = Object.fromEntries(columns.flatMap((name, column) => (name ? [[name, cells[column] ?? '']] : [])));
    const value: SheetRow = { cells: named, width: cells.length, columns: columns.length };
    return [{ file: path, index, value }];
  });
}

/** The sheet's instructor columns ("Instructor 1" … "Instructor 6") in order, blanks left out. */
const instructorsOf = (cells: Record<string, string>) =>
  Object.keys(cells)
    .filter((name) => /^Instructor \d+$/.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => cells[name]?.trim() ?? '')
    .filter(Boolean);

/**
 * Open Learning Library courses from the metadata sheet MIT Learn imports (`oll_metadata.csv`, exported
 * from Google Sheets): one course per row, with MITx Online topic names, instructors, level, language,
 * length and weekly effort. Rows the sheet marks `published: NO` are not for the catalog.
 *
 * A full feed: the sheet is OLL's whole catalogue, maintained by hand, so a row taken out is a course
 * withdrawn.
 *
 * @example
 * await runImport(db, oll, ['data/mit-learn/taxonomy/oll_metadata.csv']);
 */
export const oll: ImportSource = {
  name: 'oll',
  description: "MIT Open Learning Library courses from MIT Learn's OLL metadata sheet (CSV)",
  fullFeed: true,
  fileFormat: 'text',
  records(files) {
    return files.flatMap(({ path, content }) => rowsOf(path, content));
  },
  transform({ value }) {
    const { cells, width, columns } = value as SheetRow;
    // Failures carry the resource's id (the course key), so that a full feed keeps the course it failed to update.
    const id = cells.readable_id?.trim() ? courseKeyOf(cells.readable_id) : undefined;
    if (width !== columns) throw new RecordError(`the row has ${width} fields where the header has ${columns}`, id);
    const row = parseRecord(courseRowSchema, cells, id);
    if (row.published === 'NO') return [];
    return [courseResource(row, instructorsOf(cells))];
  },
};
