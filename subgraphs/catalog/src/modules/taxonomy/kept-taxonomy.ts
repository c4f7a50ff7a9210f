import type { Database } from '../../db.js';
import { rememberedLoad } from './remembered-load.js';
import { createTaxonomyCache, type TaxonomyCache } from './taxonomy-cache.js';

/** Taxonomies kept between requests, labelled with the `taxonomy_version` read before any of them. */
export interface KeptTaxonomy {
  version: bigint;
  taxonomy: TaxonomyCache;
}

/** The current `taxonomy_version` (see the taxonomy_version migration), or null before it is seeded. */
export async function readTaxonomyVersion(db: Database): Promise<bigint | null> {
  const [row] = await db.$queryRaw<Array<{ version: bigint }>>`SELECT version FROM taxonomy_version WHERE id = 1`;
  return row?.version ?? null;
}

/**
 * The taxonomies one process keeps for resolving list filters, so that a list request reads none of them:
 * each kind is read once, after the version is, so what is kept is never older than its label. A caller that
 * sees a newer version (every page statement reads it) calls `forget` and resolves with fresh taxonomies;
 * the next request keeps new ones.
 *
 * @example
 * const kept = await taxonomies.current();
 * const page = await list(kept.taxonomy);
 * if (page.taxonomyVersion !== kept.version) taxonomies.forget(kept);
 */
export function createKeptTaxonomies(db: Database) {
  const kept = rememberedLoad(async (): Promise<KeptTaxonomy | null> => {
    const version = await readTaxonomyVersion(db);
    return version === null ? null : { version, taxonomy: createTaxonomyCache(db) };
  });
  return {
    /** The kept taxonomies, read first when none are (or the last read failed); null without a version row. */
    current: kept.get,
    /** Drops `stale`, unless newer taxonomies have replaced it already. */
    forget: (stale: KeptTaxonomy): void => kept.forget(stale),
  };
}

export type KeptTaxonomies = ReturnType<typeof createKeptTaxonomies>;
