import { Prisma } from '../../db.js';

/** Every column of search_document but those a reindex writes anew (synced_at, document and embedding). */
export const copiedColumns = Prisma.raw(
  [
    'id',
    'resource_type',
    'title',
    'description',
    'published',
    'version',
    'platform',
    'offeror',
    'topic_ids',
    'departments',
    'levels',
    'certification',
    'certification_type',
    'free',
    'professional',
    'delivery',
    'languages',
    'instructors',
    'views',
    'next_start_date',
    'created_at',
    'terms',
  ].join(', '),
);

/**
 * The names a document is matched on with weight B, from what search_document and facet_label hold: the
 * names of its topics (with their ancestors), its offeror's and its instructors', as an event writes them.
 */
export const namesOf = (row: string) =>
  Prisma.sql`concat_ws(' ',
    (SELECT string_agg(label, ' ') FROM facet_label WHERE facet = 'topics' AND value = ANY(${Prisma.raw(row)}.topic_ids::text[])),
    (SELECT label FROM facet_label WHERE facet = 'offerors' AND value = ${Prisma.raw(row)}.offeror),
    array_to_string(${Prisma.raw(row)}.instructors, ' '))`;

/** The weighted tsvector of a row, the same as `writeDocument` computes from an event. */
export const documentOf = (row: string) =>
  Prisma.sql`setweight(to_tsvector('english', ${Prisma.raw(row)}.title), 'A')
    || setweight(to_tsvector('english', ${namesOf(row)}), 'B')
    || setweight(to_tsvector('english', coalesce(${Prisma.raw(row)}.description, '')), 'C')`;
