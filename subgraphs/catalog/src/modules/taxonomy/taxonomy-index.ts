import type { Prisma } from '../../db.js';

/**
 * The seeded taxonomies in memory, for turning a provider's words into references: a few hundred rows,
 * read once per import or editor write rather than once per record.
 */
export interface TaxonomyIndex {
  platforms: ReadonlySet<string>;
  offerors: ReadonlySet<string>;
  /** Department code by code and by lower-cased name. */
  departmentCode(codeOrName: string): string | undefined;
  /** Topic ids for a provider's topic name: its mapping for `provider`, else the topic of that name. */
  topicIds(name: string, provider: string | null): string[];
  /** Topic name by id, for turning an editor's topic ids into the names inputs carry. */
  topicName(id: string): string | undefined;
}

type Client = Pick<Prisma.TransactionClient, 'platform' | 'offeror' | 'department' | 'topic' | 'topicMapping'>;

const key = (value: string) => value.trim().toLowerCase();

export async function loadTaxonomyIndex(db: Client): Promise<TaxonomyIndex> {
  const [platforms, offerors, departments, topics, mappings] = await Promise.all([
    db.platform.findMany({ select: { code: true } }),
    db.offeror.findMany({ select: { code: true } }),
    db.department.findMany({ select: { code: true, name: true } }),
    db.topic.findMany({ select: { id: true, name: true } }),
    db.topicMapping.findMany(),
  ]);
  const departmentsByKey = new Map<string, string>();
  for (const department of departments) {
    departmentsByKey.set(key(department.code), department.code);
    departmentsByKey.set(key(department.name), department.code);
  }
  const topicsByName = new Map(topics.map((topic) => [key(topic.name), topic.id]));
  const namesById = new Map(topics.map((topic) => [topic.id, topic.name]));
  const mapped = new Map<string, string[]>();
  for (const mapping of mappings) {
    const mappingKey = `${mapping.provider}\u0000${key(mapping.providerName)}`;
    mapped.set(mappingKey, [...(mapped.get(mappingKey) ?? []), mapping.topicId]);
  }
  return {
    platforms: new Set(platforms.map((platform) => platform.code)),
    offerors: new Set(offerors.map((offeror) => offeror.code)),
    departmentCode: (codeOrName) => departmentsByKey.get(key(codeOrName)),
    topicIds(name, provider) {
      const viaMapping = provider ? mapped.get(`${provider}\u0000${key(name)}`) : undefined;
      if (viaMapping) return viaMapping;
      const direct = topicsByName.get(key(name));
      return direct ? [direct] : [];
    },
    topicName: (id) => namesById.get(id),
  };
}
