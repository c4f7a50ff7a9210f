import type { ResourceType } from '../resource-input.js';
import { members, unitWeights } from './catalog-mix.js';
import { type GeneratedResource, generateResource } from './generate-resource.js';
import { createRandom } from './random.js';
import type { Specimen } from './specimens/index.js';
import { loadVocabulary, type Vocabulary } from './vocabulary.js';

export interface CatalogOptions {
  /** How many resources, members included. */
  count: number;
  seed: number;
  /** The moment run dates and modification dates are placed around; fix it for reproducible output. */
  now: Date;
}

/** Shapes for a parent's members: same platform and offeror if the data has them, else the parent's own. */
function memberShapes(parent: Specimen, type: ResourceType, vocabulary: Vocabulary): readonly Specimen[] {
  const all = vocabulary.shapes.get(type) ?? [];
  const samePlatform = all.filter((shape) => shape.platform === parent.platform);
  const sameOfferor = samePlatform.filter((shape) => shape.offeredBy === parent.offeredBy);
  if (sameOfferor.length > 0) return sameOfferor;
  if (samePlatform.length > 0) return samePlatform;
  return [{ ...parent, resourceType: type, memberCount: 0, runCount: Math.max(1, parent.runCount) }];
}

/**
 * The catalog as a stream, so that a caller can load 100,000 resources in chunks without holding them
 * all. Members always come before their parent, so any chunking links every member: the loader links a
 * parent's members once they are in the database.
 *
 * @example
 * for (const resource of catalogResources(await loadVocabulary(), { count: 100_000, seed: 42, now })) …
 */
export function* catalogResources(
  vocabulary: Vocabulary,
  { count, seed, now }: CatalogOptions,
): Generator<GeneratedResource> {
  const random = createRandom(seed);
  // Member shapes are filtered from some 2,000 video specimens; once per parent shape is enough.
  const memberCache = new Map<Specimen, readonly Specimen[]>();
  let sequence = 0;
  while (sequence < count) {
    const unit = random.weighted(unitWeights);
    const shape = random.pick(vocabulary.shapes.get(unit) ?? []);
    const membership = members[unit];
    if (!membership) {
      yield generateResource({ shape, sequence, vocabulary, random, now });
      sequence += 1;
      continue;
    }
    const wanted = shape.memberCount > 0 ? shape.memberCount : random.int(membership.min, membership.max);
    const size = Math.min(Math.max(wanted, membership.min), membership.max, count - sequence - 1);
    // The parent is drawn first so that its members can share its topics; it is emitted last.
    const parent = generateResource({ shape, sequence: sequence + size, vocabulary, random, now });
    const shapes = memberCache.get(shape) ?? memberShapes(shape, membership.type, vocabulary);
    memberCache.set(shape, shapes);
    const children: string[] = [];
    for (let index = 0; index < size; index += 1) {
      const memberShape = random.pick(shapes);
      const topics = memberShape.topicProvider === shape.topicProvider ? [...parent.topics] : undefined;
      const member = generateResource({
        shape: memberShape,
        sequence: sequence + index,
        topics,
        vocabulary,
        random,
        now,
      });
      children.push(member.readableId);
      yield member;
    }
    yield { ...parent, children };
    sequence += size + 1;
  }
}

/**
 * A seeded catalog of `count` resources resembling MIT Learn's, made only of words from the bundled
 * provider data (numbers aside). The same options give the same resources, byte for byte.
 *
 * @example
 * const inputs = await generateCatalog({ count: 2000, seed: 42, now: new Date('2026-01-01T00:00:00Z') });
 * await loadResources(db, 'generated', inputs);
 */
export async function generateCatalog(
  options: CatalogOptions & { vocabulary?: Vocabulary },
): Promise<GeneratedResource[]> {
  const vocabulary = options.vocabulary ?? (await loadVocabulary());
  return [...catalogResources(vocabulary, options)];
}
