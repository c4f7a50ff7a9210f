import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@learngraph/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../src/db.js';
import { documentOf } from '../src/modules/reindex/document-columns.js';
import { createCatalogCopy } from '../src/modules/search/postgres/catalog-copy.js';

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Few words, so that documents repeat them in title and description at many distances.
const words = `quantum physics linear algebra data learning machine systems design theory the of and
  introduction advanced computing networks signals it's o'brien café`.split(/\s+/);

/** What SQL answers: the ranking the in-memory index must reproduce, score for score. */
function sqlRanking(db: Database, text: string) {
  return db.$queryRaw<Array<{ id: string; score: number }>>`
    SELECT id::text, ts_rank(document, query)::float8 AS score
    FROM search_document, websearch_to_tsquery('english', ${text}) AS query
    WHERE published AND document @@ query ORDER BY score DESC, id`;
}

describe('full-text matching and ranking in memory', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase('search');
    db = createDatabase(database.url);
    const next = seeded(7);
    const sentence = (length: number) =>
      Array.from({ length }, () => words[Math.floor(words.length * next() ** 1.5)]).join(' ');
    const rows = Array.from({ length: 400 }, (_, index) => ({
      id: randomUUID(),
      title: sentence(1 + Math.floor(next() * 5)),
      description: index % 9 === 0 ? null : sentence(3 + Math.floor(next() * 40)),
      published: index % 13 !== 0,
    }));
    await db.$executeRaw`
      INSERT INTO search_document (id, resource_type, title, description, published, version, instructors)
      SELECT id, 'COURSE', title, description, published, 1, ARRAY['Ana Strang']
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, title text, description text, published boolean)`;
    await db.$executeRaw`UPDATE search_document AS d SET document = ${documentOf('d')}`;
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  const queries = [
    'quantum',
    'physics',
    'linear algebra',
    'algebra linear',
    'quantum physics data',
    'quantum or algebra',
    'machine -learning',
    'computing or networks -signals',
    'quantum or algebra data',
    'data -quantum -physics',
    'theory machine or -signals design',
    'strang',
    'learning learning',
    "it's",
    'café',
    'nothingmatches',
    'quantum nothingmatches',
    '"linear algebra"',
    '"algebra linear"',
    '"theory of the data"',
    '"quantum physics" or "data learning"',
    'machine -"learning systems"',
    '"learning learning"',
    '"introduction advanced" computing',
    "o'brien",
    "it's computing",
  ];

  it('finds the same matches as SQL, in the same order, with the same scores', async () => {
    const index = createCatalogCopy(db).text;
    for (const text of queries) {
      const found = await index.match(text);
      expect(found, text).not.toBeNull();
      const expected = await sqlRanking(db, text);
      expect(found?.best(1000, null), text).toEqual({ hits: expected, total: expected.length });
      expect(new Set(found?.ids()), text).toEqual(new Set(expected.map((hit) => hit.id)));
      expect(found?.best(3, null).hits, text).toEqual(expected.slice(0, 3));
    }
  });

  it('has phrases to find in its documents, near and far apart', async () => {
    for (const phrase of ['"linear algebra"', '"theory of the data"', '"learning learning"'])
      expect((await sqlRanking(db, phrase)).length, phrase).toBeGreaterThan(0);
  });

  it('filters before it counts, and keeps only the best k', async () => {
    const index = createCatalogCopy(db).text;
    const expected = await sqlRanking(db, 'data or design');
    const accepted = new Set(expected.filter((_, position) => position % 2 === 0).map((hit) => hit.id));
    const found = await index.match('data or design');
    expect(found?.best(5, (id) => accepted.has(id))).toEqual({
      hits: expected.filter((hit) => accepted.has(hit.id)).slice(0, 5),
      total: accepted.size,
    });
  });

  it('follows changes, and leaves exclusions alone to SQL', async () => {
    const index = createCatalogCopy(db).text;
    const [first] = await sqlRanking(db, 'quantum');
    await db.$executeRaw`UPDATE search_document SET published = false, synced_at = now() WHERE id = ${first?.id}::uuid`;
    expect((await index.match('quantum'))?.ids()).not.toContain(first?.id);
    expect((await index.match('quantum'))?.best(1000, null).hits).toEqual(await sqlRanking(db, 'quantum'));
    expect(await index.match('-quantum')).toBeNull();
    expect((await index.match('the of'))?.best(10, null)).toEqual({ hits: [], total: 0 });
  });
});
