import type { ImportSource } from '../source.js';
import { ocwToGo } from './ocw-to-go.js';

/** Every provider format the catalog can import, by the name used on the command line. */
export const importSources: ReadonlyMap<string, ImportSource> = new Map(
  [ocwToGo].map((source) => [source.name, source]),
);
