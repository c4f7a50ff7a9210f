import type { Database } from '../../db.js';
import { rememberedLoad } from './remembered-load.js';
import type { Department, Offeror, Platform, School, Topic } from './taxonomy.type.js';

/**
 * The taxonomies as one request sees them: each kind is read at most once per request (they hold a few
 * hundred rows), and every look-up by code, every tree walk and every filter check is answered from memory.
 * List filters use one kept between requests instead (see `createKeptTaxonomies`).
 */
export function createTaxonomyCache(db: Database) {
  // A failed read is not remembered, so that a cache kept between requests (see `createKeptTaxonomies`) reads again.
  const memo = <T>(load: () => Promise<T>) => rememberedLoad(load).get;
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const platforms = memo(async () =>
    byId<Platform>(
      (await db.platform.findMany({ orderBy: { name: 'asc' } })).map(({ code, ...rest }) => ({ id: code, ...rest })),
    ),
  );
  const offerors = memo(async () =>
    byId<Offeror>(
      (await db.offeror.findMany({ orderBy: { name: 'asc' } })).map(({ code, ...rest }) => ({ id: code, ...rest })),
    ),
  );
  const schools = memo(async () =>
    byId<School>(
      (await db.school.findMany({ orderBy: { name: 'asc' } })).map(({ code, ...rest }) => ({ id: code, ...rest })),
    ),
  );
  const departments = memo(async () =>
    byId<Department>(
      (await db.department.findMany({ orderBy: { code: 'asc' } })).map(({ code, ...rest }) => ({ id: code, ...rest })),
    ),
  );
  const topics = memo(async () => {
    const all = await db.topic.findMany({ orderBy: { name: 'asc' } });
    const children = new Map<string | null, Topic[]>();
    for (const topic of all) children.set(topic.parentId, [...(children.get(topic.parentId) ?? []), topic]);
    return { byId: byId<Topic>(all), children };
  });

  return {
    platforms,
    offerors,
    schools,
    departments,
    topics,
    /** A topic's id with those of all its descendants. */
    async withDescendants(topicId: string): Promise<string[]> {
      const { children } = await topics();
      const ids = [topicId];
      for (let index = 0; index < ids.length; index += 1) {
        for (const child of children.get(ids[index] as string) ?? []) ids.push(child.id);
      }
      return ids;
    },
  };
}

export type TaxonomyCache = ReturnType<typeof createTaxonomyCache>;
