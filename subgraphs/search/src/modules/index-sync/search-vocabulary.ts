import type { Prisma } from '../../db.js';
import type { ResourceSnapshot } from './resource-snapshot.js';

/** Shortest word worth suggesting or correcting to; shorter ones are mostly stop words. */
const minWordLength = 3;

/** The terms a resource adds to the vocabulary: its title's words and its topic, offeror and instructor names. */
export function termsOf(resource: ResourceSnapshot): string[] {
  const words = resource.title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const names = [
    ...resource.topicTree.map((topic) => topic.name),
    ...(resource.offerorName ? [resource.offerorName] : []),
    ...resource.instructors,
  ];
  return [
    ...new Set([...words.filter((word) => word.length >= minWordLength), ...names.map((name) => name.toLowerCase())]),
  ];
}

/** The display names of a resource's facet values, as [facet, value, label]. */
export function labelsOf(resource: ResourceSnapshot): Array<[string, string, string]> {
  return [
    ...resource.topicTree.map((topic): [string, string, string] => ['topics', topic.id, topic.name]),
    ...resource.departmentNames.map((department): [string, string, string] => [
      'departments',
      department.code,
      department.name,
    ]),
    ...(resource.offeredBy && resource.offerorName
      ? [['offerors', resource.offeredBy, resource.offerorName] as [string, string, string]]
      : []),
    ...(resource.platformName
      ? [['platforms', resource.platform, resource.platformName] as [string, string, string]]
      : []),
  ];
}

/**
 * Keeps `search_term.documents`, the number of documents giving each word, as a document's words go from
 * `before` to `after` (in the transaction that writes the document); a word no document gives any more is
 * deleted. Rows are changed in word order, so concurrent writers never deadlock.
 */
export async function countTerms(tx: Prisma.TransactionClient, before: string[], after: string[]): Promise<void> {
  const [had, has] = [new Set(before), new Set(after)];
  const removed = before.filter((term) => !has.has(term));
  const changes = [...after.filter((term) => !had.has(term)), ...removed];
  if (changes.length === 0) return;
  const deltas = changes.map((term) => (has.has(term) ? 1 : -1));
  await tx.$executeRaw`
    INSERT INTO search_term (term, documents)
    SELECT term, delta FROM unnest(${changes}::text[], ${deltas}::int[]) AS c(term, delta) ORDER BY term
    ON CONFLICT (term) DO UPDATE SET documents = search_term.documents + EXCLUDED.documents`;
  if (removed.length > 0) {
    await tx.$executeRaw`DELETE FROM search_term WHERE term = ANY(${removed}::text[]) AND documents <= 0`;
  }
}

/**
 * Records the display names of a resource's facet values as of `occurredAt`, the catalog change its event
 * describes. Names are shared by every resource with that value, and a resource's version says nothing about
 * another's, so a name is replaced only by one from a later change: an event retried or delivered late never
 * brings back a topic's old name. A name confirmed by a later change is stamped with it too: otherwise a
 * rename and its undoing, delivered in reverse, would leave the undone name.
 */
export async function recordLabels(
  tx: Prisma.TransactionClient,
  resource: ResourceSnapshot,
  occurredAt: string,
): Promise<void> {
  const labels = labelsOf(resource);
  if (labels.length > 0) {
    await tx.$executeRaw`
      INSERT INTO facet_label (facet, value, label, occurred_at)
      SELECT facet, value, label, ${occurredAt}::timestamptz
      FROM unnest(${labels.map((l) => l[0])}::text[], ${labels.map((l) => l[1])}::text[],
                  ${labels.map((l) => l[2])}::text[]) AS l(facet, value, label)
      ORDER BY facet, value
      ON CONFLICT (facet, value) DO UPDATE SET label = EXCLUDED.label, occurred_at = EXCLUDED.occurred_at
      WHERE facet_label.occurred_at < EXCLUDED.occurred_at`;
  }
}
