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
