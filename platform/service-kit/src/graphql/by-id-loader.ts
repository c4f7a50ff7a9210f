import DataLoader from 'dataloader';

/**
 * A per-request DataLoader over a "fetch these ids" query: every id asked for within one tick goes
 * into one call of `fetchByIds`, and each caller gets its row or null. This is what makes an
 * `_entities` request with N references cost one SQL query.
 *
 * @example
 * const resource = createByIdLoader((ids) => db.learningResource.findMany({ where: { id: { in: [...ids] } } }));
 * await Promise.all([resource.load(a), resource.load(b)]); // one query
 */
export function createByIdLoader<Row extends { id: string }>(fetchByIds: (ids: readonly string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = await fetchByIds(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export type ByIdLoader<Row> = DataLoader<string, Row | null>;

/** Rows grouped by a key, keeping their order within each group. */
export function groupBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * A per-request DataLoader over a "fetch the parts of these ids" query returning a map from id to
 * its parts: every id asked for within one tick costs one call; ids without parts get an empty list.
 *
 * @example
 * const runs = createGroupLoader(async (ids) => groupBy(await findRuns(ids), (run) => run.resourceId));
 */
export function createGroupLoader<Part>(fetchGroups: (ids: readonly string[]) => Promise<Map<string, Part[]>>) {
  return new DataLoader<string, Part[]>(async (ids) => {
    const groups = await fetchGroups(ids);
    return ids.map((id) => groups.get(id) ?? []);
  });
}
