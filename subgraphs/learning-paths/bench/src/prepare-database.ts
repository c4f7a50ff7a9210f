import { createHash } from 'node:crypto';
import { migrateDatabase } from '@learngraph/prisma';
import { createDatabase } from '../../dist/db.js';

/** Resources the generated paths draw their items from. */
const resources = 5_000;
const authors = 1_000;

/** A stable UUID for the n-th generated thing of a kind, so that every run of the generator agrees. */
const idOf = (kind: string, n: string) => `md5('${kind}' || ${n})::uuid`;

/** `idOf(kind, n)` as PostgreSQL computes it, for the requests that name generated rows. */
export function generatedId(kind: string, n: number): string {
  const hex = createHash('md5').update(`${kind}${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The user whose path page and favourites are measured, and the 50-item path. */
export const benchUserId = '7c4a8d09-ca37-62e4-e6f4-0d3b1c7a3b57';

/**
 * Brings the benchmark database to a known state: migrated and holding `paths` paths of 1,000 authors (a fifth
 * private, a fifth unlisted) with 1 to 20 items each from 5,000 resources, the first path with 50 items and
 * half of them done by the bench user, who also has `favorites` favourites; everything is generated in SQL
 * once, then reused, vacuumed and analysed.
 *
 * @example
 * const prepared = await prepareDatabase(url, { paths: 10_000, favorites: 5_000 });
 */
export async function prepareDatabase(url: string, options: { paths: number; favorites: number }) {
  const started = performance.now();
  await migrateDatabase('learning-paths', url);
  const db = createDatabase(url);
  try {
    const existing = await db.learningPath.count();
    if (existing < options.paths) {
      await db.$transaction([
        db.$executeRawUnsafe(`TRUNCATE learning_path, known_resource, favorite CASCADE`),
        db.$executeRawUnsafe(`INSERT INTO known_resource (id, title, resource_type, published, version)
            SELECT ${idOf('r', 'g')}, 'Resource ' || g, 'COURSE', g % 50 <> 0, 1 FROM generate_series(1, ${resources}) g`),
        db.$executeRawUnsafe(`INSERT INTO learning_path (id, author_id, title, topics, visibility, follower_count, created_at, updated_at)
            SELECT ${idOf('p', 'g')}, CASE WHEN g = 1 THEN '${benchUserId}'::uuid ELSE ${idOf('u', `g % ${authors}`)} END,
              'Path ' || g, ARRAY['Topic ' || (g % 40)], (ARRAY['PUBLIC', 'PUBLIC', 'PUBLIC', 'UNLISTED', 'PRIVATE'])[1 + g % 5]::"PathVisibility",
              (g * 7919) % 500, now() - g * interval '1 minute', now()
            FROM generate_series(1, ${options.paths}) g`),
        db.$executeRawUnsafe(`INSERT INTO learning_path_item (path_id, resource_id, rank, note)
            SELECT ${idOf('p', 'g')}, ${idOf('r', `((g * 31 + i) % ${resources}) + 1`)}, i * 1048576, CASE WHEN i % 3 = 0 THEN 'Note ' || i END
            FROM generate_series(1, ${options.paths}) g, generate_series(1, CASE WHEN g = 1 THEN 50 ELSE 1 + (g * 7) % 20 END) i`),
        db.$executeRawUnsafe(`INSERT INTO item_progress (user_id, path_id, resource_id)
            SELECT '${benchUserId}'::uuid, path_id, resource_id FROM learning_path_item WHERE path_id = ${idOf('p', '1')} AND rank <= 25 * 1048576`),
        db.$executeRawUnsafe(`INSERT INTO favorite (id, user_id, resource_id, created_at)
            SELECT ${idOf('f', 'g')}, '${benchUserId}'::uuid, ${idOf('r', `g % ${resources} + 1`)}, now() - g * interval '1 second'
            FROM generate_series(1, ${Math.min(options.favorites, resources)}) g`),
        db.$executeRawUnsafe(`INSERT INTO favorite (id, user_id, resource_id, created_at)
            SELECT ${idOf('o', 'g')}, ${idOf('u', `g % ${authors}`)}, ${idOf('r', `g % ${resources} + 1`)}, now() - g * interval '1 second'
            FROM generate_series(1, ${authors * 20}) g ON CONFLICT DO NOTHING`),
      ]);
      await db.$executeRawUnsafe('VACUUM (ANALYZE)');
    }
    return {
      paths: await db.learningPath.count(),
      items: await db.learningPathItem.count(),
      favorites: await db.favorite.count({ where: { userId: benchUserId } }),
      generated: existing < options.paths,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await db.$disconnect();
  }
}
