import type { ResourceInput } from './resource-input.js';

/** One record of a provider file, with where it came from for error messages. */
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
 * `records` splits a parsed file into records (throwing FeedFileError when the file is not in the
 * format at all); `transform` maps one record (throwing RecordError when it is malformed).
 */
export interface ImportSource {
  name: string;
  description: string;
  /** The platform whose resources a full feed of this source lists. */
  platform: string;
  /** A full feed lists every resource the provider still offers: anything missing is unpublished. */
  fullFeed: boolean;
  records(file: string, parsed: unknown): unknown[];
  transform(record: FeedRecord): ResourceInput;
}
