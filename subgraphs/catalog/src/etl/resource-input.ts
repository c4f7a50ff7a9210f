import { createHash } from 'node:crypto';
import type { ResourceType } from '../generated/prisma/enums.js';

/** A resource as an importer hands it to the loader: the provider's record mapped onto our model. */
export interface ResourceInput {
  platform: string;
  readableId: string;
  resourceType: ResourceType;
  title: string;
  description: string | null;
  url: string | null;
}

/**
 * A stable fingerprint of an input: keys sorted at every level, so that the same provider record
 * always hashes the same and an unchanged record can be skipped without comparing field by field.
 */
export function hashInput(input: ResourceInput): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(input)))
    .digest('hex');
}
