import type { Database } from '../../dist/db.js';
import { seeded } from './random.js';
import * as vocabulary from './vocabulary.js';

const uuidFrom = (next: () => number) =>
  Array.from({ length: 32 }, (_, index) => {
    const digit = index === 12 ? 4 : index === 16 ? 8 + Math.floor(next() * 4) : Math.floor(next() * 16);
    return digit.toString(16) + ([7, 11, 15, 19].includes(index) ? '-' : '');
  }).join('');

/** The topic tree with seeded ids: each child names its parent. */
function topicsOf(next: () => number) {
  return vocabulary.topicTree.flatMap(({ name, children }) => {
    const parent = { id: uuidFrom(next), name, parentId: null as string | null };
    return [parent, ...children.map((child) => ({ id: uuidFrom(next), name: child, parentId: parent.id }))];
  });
}

/**
 * Fills an empty search database with `count` seeded documents straight into its tables (facets, labels,
 * vocabulary), without documents or embeddings: the reindex the benchmark measures computes those.
 */
export async function generateDocuments(db: Database, count: number, seed: number): Promise<void> {
  const random = seeded(seed);
  const { next, skewed, word, pick } = random;
  const topics = topicsOf(next);
  const children = topics.filter((topic) => topic.parentId !== null);
  const sentence = (length: number) => Array.from({ length }, () => word(vocabulary.vocabulary)).join(' ');
  const capitalized = (text: string) => text.replace(/\b\w/g, (letter) => letter.toUpperCase());
  const now = Date.now();
  for (let start = 0; start < count; start += 2000) {
    const rows = Array.from({ length: Math.min(2000, count - start) }, () => {
      const topic = pick(children);
      const type = pick(vocabulary.resourceTypes);
      const free = next() < 0.7;
      return {
        id: uuidFrom(next),
        resource_type: type,
        title: capitalized(sentence(2 + Math.floor(next() * 4))),
        description: `${sentence(12 + Math.floor(next() * 20))}.`,
        platform: skewed(vocabulary.platforms),
        offeror: skewed(vocabulary.offerors),
        topic_ids: [topic.id, topic.parentId],
        departments: [skewed(vocabulary.departments)],
        levels: [pick(vocabulary.levels)],
        certification: !free && next() < 0.8,
        certification_type: free ? 'NONE' : 'COMPLETION',
        free,
        professional: !free && next() < 0.5,
        delivery: [pick(vocabulary.deliveries)],
        languages: [pick(vocabulary.languages)],
        instructors: [`${pick(vocabulary.firstNames)} ${pick(vocabulary.lastNames)}`],
        views: Math.floor(100_000 * next() ** 4),
        next_start_date: next() < 0.3 ? new Date(now + next() * 3e10).toISOString() : null,
        created_at: new Date(now - next() * 1.5e11).toISOString(),
      };
    });
    await db.$executeRaw`
      INSERT INTO search_document (id, resource_type, title, description, published, version, platform, offeror,
        topic_ids, departments, levels, certification, certification_type, free, professional, delivery,
        languages, instructors, views, next_start_date, created_at)
      SELECT id, resource_type, title, description, true, 1, platform, offeror, topic_ids, departments, levels,
        certification, certification_type, free, professional, delivery, languages, instructors, views,
        next_start_date, created_at
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, resource_type text, title text,
        description text, platform text, offeror text, topic_ids uuid[], departments text[], levels text[],
        certification boolean, certification_type text, free boolean, professional boolean, delivery text[],
        languages text[], instructors text[], views int, next_start_date timestamptz, created_at timestamptz)`;
  }
  const labels = [
    ...topics.map((topic) => ['topics', topic.id, topic.name]),
    ...vocabulary.offerors.map((code) => ['offerors', code, code.toUpperCase()]),
  ];
  await db.$executeRaw`
    INSERT INTO facet_label (facet, value, label)
    SELECT * FROM jsonb_to_recordset(${JSON.stringify(labels.map(([facet, value, label]) => ({ facet, value, label })))}::jsonb)
      AS l(facet text, value text, label text)
    ON CONFLICT DO NOTHING`;
  const terms = [
    ...vocabulary.vocabulary.filter((term) => term.length >= 3),
    ...topics.map((topic) => topic.name.toLowerCase()),
    ...vocabulary.firstNames.flatMap((first) => vocabulary.lastNames.map((last) => `${first} ${last}`.toLowerCase())),
  ];
  await db.$executeRaw`INSERT INTO search_term (term) SELECT unnest(${terms}::text[]) ON CONFLICT DO NOTHING`;
}
