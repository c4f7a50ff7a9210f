import type { Database } from '../../db.js';
import { countQuery, type ResolvedFilter } from './resource-list-query.js';

/** Most filters whose counts one process keeps; the least recently used is forgotten first. */
export const resourceCountsKept = 1000;

type Counted = { total: number; version: bigint | null };

/**
 * How many resources a filter lets through, counted once per version of the catalog's filterable data:
 * triggers raise `resource_list_version` in every transaction that changes a resource's facets, topics or
 * departments (not its views or texts), and the count is read with the version in one statement, so one
 * snapshot. A filter counted at the version that still stands is answered from memory after reading that
 * version alone, an index lookup, instead of counting tens of thousands of rows again. A caller that has
 * already read the version, in the statement of the page the count goes with, passes it to save that read.
 *
 * @example
 * const count = createResourceCounts(db);
 * await count({ topicIds: [physics] }); // 51234, counted
 * await count({ topicIds: [physics] }); // 51234, remembered while nothing filterable changed
 */
export function createResourceCounts(db: Database, kept = resourceCountsKept) {
  const counted = new Map<string, Counted>();
  const currentVersion = async () => {
    const [row] = await db.$queryRaw<Array<{ version: bigint }>>`
      SELECT version FROM resource_list_version WHERE id = 1`;
    return row?.version ?? null;
  };
  return async (filter: ResolvedFilter, version?: bigint | null): Promise<number> => {
    const key = JSON.stringify(filter);
    const known = counted.get(key);
    if (known && known.version !== null && known.version === (version ?? (await currentVersion()))) {
      return known.total;
    }
    const [row] = await db.$queryRaw<Counted[]>(countQuery(filter));
    const fresh = { total: row?.total ?? 0, version: row?.version ?? null };
    counted.delete(key);
    counted.set(key, fresh);
    // Maps iterate in insertion order, and a filter is re-inserted whenever it is counted: the first is the stalest.
    if (counted.size > kept) counted.delete(counted.keys().next().value ?? key);
    return fresh.total;
  };
}
