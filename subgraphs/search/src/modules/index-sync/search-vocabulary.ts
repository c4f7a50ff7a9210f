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

/** Records a resource's terms and facet labels; words are never removed (suggestions check for hits). */
export async function recordVocabulary(tx: Prisma.TransactionClient, resource: ResourceSnapshot): Promise<void> {
  const terms = termsOf(resource);
  if (terms.length > 0) {
    await tx.$executeRaw`
      INSERT INTO search_term (term) SELECT unnest(${terms}::text[]) ON CONFLICT DO NOTHING`;
  }
  const labels = labelsOf(resource);
  if (labels.length > 0) {
    await tx.$executeRaw`
      INSERT INTO facet_label (facet, value, label)
      SELECT * FROM unnest(${labels.map((l) => l[0])}::text[], ${labels.map((l) => l[1])}::text[],
                           ${labels.map((l) => l[2])}::text[])
      ON CONFLICT (facet, value) DO UPDATE SET label = EXCLUDED.label
      WHERE facet_label.label IS DISTINCT FROM EXCLUDED.label`;
  }
}
