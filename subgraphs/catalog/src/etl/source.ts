import type { ResourceInput } from './resource-input.js';

/** A provider file, read and parsed as JSON (or, for CSV sources, as text). */
export interface FeedFile {
  path: string;
  content: unknown;
}

/** One record of a feed, with where it came from for error messages. */
export interface FeedRecord {
  file: string;
  /** Position within its file, for records that carry no readable id. */
  index: number;
  value: unknown;
}

/** A record the importer could not map; it fails alone and is listed with its reason. */
export class RecordError extends Error {
  override name = 'RecordError';
  constructor(
    message: string,
    /** The provider id when the record has one, so that a full feed does not unpublish it. */
    readonly readableId?: string,
  ) {
    super(message);
  }
}

/** A file that cannot be read as the provider's format; it fails the whole run before anything is written. */
export class FeedFileError extends Error {
  override name = 'FeedFileError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * An importer for one provider format.
 *
 * `records` turns every file of one run into records, joining files where the provider splits one
 * resource over several (Sloan's courses and runs, YouTube's pages), and throws FeedFileError when a
 * file is not in the format at all. `transform` maps one record onto the model (throwing RecordError
 * when it is malformed); a record may yield several resources, or none when the provider marks it as
 * not for the catalog.
 */
export interface ImportSource {
  name: string;
  description: string;
  /** A full feed lists every resource the provider still offers: anything missing is unpublished. */
  fullFeed: boolean;
  /** How files are parsed: JSON (default) or raw text (CSV). */
  fileFormat?: 'json' | 'text';
  records(files: FeedFile[]): FeedRecord[];
  transform(record: FeedRecord): ResourceInput[];
}
