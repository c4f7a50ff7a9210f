import type { Prisma } from '../../db.js';
import type { ResourceSnapshot } from './resource-snapshot.js';

/**
 * The version and vocabulary words of the stored document of `id`, locked until the transaction ends (also
 * while it does not exist yet), or null when there is none.
 */
export async function lockDocument(tx: Prisma.TransactionClient, id: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${id}))`;
  const [row] = await tx.$queryRaw<Array<{ version: number; terms: string[] | null }>>`
    SELECT version, terms FROM search_document WHERE id = ${id}::uuid FOR UPDATE`;
  return row ? { version: row.version, terms: row.terms ?? [] } : null;
}

/**
 * Writes a resource's search document (an older version than the one stored changes nothing), with the
 * vocabulary words it gives. The weighted tsvector is computed here, once per write: title A; topic names
 * (with their ancestors), offeror and instructors B; description C.
 */
export async function writeDocument(
  tx: Prisma.TransactionClient,
  resource: ResourceSnapshot,
  version: number,
  embedding: Float32Array,
  terms: string[],
): Promise<void> {
  const names = [
    ...resource.topicTree.map((topic) => topic.name),
    ...(resource.offerorName ? [resource.offerorName] : []),
    ...resource.instructors,
  ].join(' ');
  await tx.$executeRaw`
    INSERT INTO search_document (
      id, resource_type, title, description, published, version, synced_at, platform, offeror, topic_ids,
      departments, levels, certification, certification_type, free, professional, delivery, languages,
      instructors, views, next_start_date, created_at, embedding, terms, document)
    VALUES (
      ${resource.id}::uuid, ${resource.resourceType}, ${resource.title}, ${resource.description},
      ${resource.published}, ${version}, now(), ${resource.platform}, ${resource.offeredBy},
      ${resource.topicTree.map((topic) => topic.id)}::uuid[], ${resource.departments}::text[],
      ${resource.levels}::text[], ${resource.certification}, ${resource.certificationType}, ${resource.free},
      ${resource.professional}, ${resource.delivery}::text[], ${resource.languages}::text[],
      ${resource.instructors}::text[], ${resource.views}, ${resource.nextStartDate}::timestamptz,
      ${resource.createdAt}::timestamptz, ${Array.from(embedding)}::real[], ${terms}::text[],
      setweight(to_tsvector('english', ${resource.title}), 'A')
        || setweight(to_tsvector('english', ${names}), 'B')
        || setweight(to_tsvector('english', coalesce(${resource.description}, '')), 'C'))
    ON CONFLICT (id) DO UPDATE SET
      resource_type = EXCLUDED.resource_type, title = EXCLUDED.title, description = EXCLUDED.description,
      published = EXCLUDED.published, version = EXCLUDED.version, synced_at = now(),
      platform = EXCLUDED.platform, offeror = EXCLUDED.offeror, topic_ids = EXCLUDED.topic_ids,
      departments = EXCLUDED.departments, levels = EXCLUDED.levels, certification = EXCLUDED.certification,
      certification_type = EXCLUDED.certification_type, free = EXCLUDED.free,
      professional = EXCLUDED.professional, delivery = EXCLUDED.delivery, languages = EXCLUDED.languages,
      instructors = EXCLUDED.instructors, views = EXCLUDED.views, next_start_date = EXCLUDED.next_start_date,
      created_at = EXCLUDED.created_at, embedding = EXCLUDED.embedding, terms = EXCLUDED.terms,
      document = EXCLUDED.document
    WHERE search_document.version < EXCLUDED.version`;
}
