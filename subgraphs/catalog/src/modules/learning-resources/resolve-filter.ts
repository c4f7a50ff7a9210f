import { badUserInput, type FieldError, isUuid } from '@learngraph/service-kit';
import type { TaxonomyCache } from '../taxonomy/index.js';
import { filterValuesMax, type LearningResourceFilter } from './learning-resource-filter.js';
import { typesIn } from './resource-enums.js';
import type { ResolvedFilter } from './resource-list-query.js';

/**
 * Checks a client's filter against the taxonomies and turns it into SQL-ready terms: resource type
 * groups become types, topics gain their sub-topics, and every unknown code is a BAD_USER_INPUT on its
 * own field (`filter.topics.1`) rather than a silently empty list.
 */
export async function resolveFilter(
  filter: LearningResourceFilter | null | undefined,
  taxonomy: TaxonomyCache,
): Promise<ResolvedFilter> {
  if (!filter) return {};
  const errors: FieldError[] = [];
  const list = <T>(name: keyof LearningResourceFilter, values: T[] | null | undefined): T[] | undefined => {
    if (values === null || values === undefined) return undefined;
    if (values.length > filterValuesMax)
      errors.push({ field: `filter.${name}`, message: `at most ${filterValuesMax} values` });
    return [...new Set(values)];
  };
  const known = async (
    name: 'offerors' | 'platforms' | 'departments',
    values: string[] | undefined,
    all: () => Promise<Map<string, unknown>>,
  ) => {
    if (!values) return undefined;
    // Read only when the filter names codes of this kind: most filters name none.
    const codes = await all();
    values.forEach((value, index) => {
      if (!codes.has(value))
        errors.push({ field: `filter.${name}.${index}`, message: `no ${name.slice(0, -1)} has the id "${value}"` });
    });
    return values;
  };

  const groups = list('resourceTypeGroups', filter.resourceTypeGroups);
  const types = list('resourceTypes', filter.resourceTypes);
  const groupTypes = groups?.flatMap(typesIn);
  const resourceTypes = types && groupTypes ? types.filter((type) => groupTypes.includes(type)) : (types ?? groupTypes);

  const topics = list('topics', filter.topics);
  let topicIds: string[] | undefined;
  if (topics) {
    const { byId } = await taxonomy.topics();
    topics.forEach((id, index) => {
      if (!isUuid(id) || !byId.has(id))
        errors.push({ field: `filter.topics.${index}`, message: `no topic has the id "${id}"` });
    });
    topicIds = [
      ...new Set(
        (await Promise.all(topics.filter((id) => byId.has(id)).map((id) => taxonomy.withDescendants(id)))).flat(),
      ),
    ];
  }
  const languages = list('languages', filter.languages);
  languages?.forEach((language, index) => {
    if (!/^[a-z]{2,3}$/.test(language))
      errors.push({ field: `filter.languages.${index}`, message: 'an ISO 639 code such as "en"' });
  });
  const resolved: ResolvedFilter = {
    resourceTypes,
    topicIds,
    offerors: await known('offerors', list('offerors', filter.offerors), taxonomy.offerors),
    platforms: await known('platforms', list('platforms', filter.platforms), taxonomy.platforms),
    departments: await known('departments', list('departments', filter.departments), taxonomy.departments),
    certification: filter.certification ?? undefined,
    certificationTypes: list('certificationTypes', filter.certificationTypes),
    free: filter.free ?? undefined,
    professional: filter.professional ?? undefined,
    delivery: list('delivery', filter.delivery),
    levels: list('levels', filter.levels),
    languages,
  };
  if (errors.length > 0) {
    throw badUserInput(
      `Invalid filter: ${errors.map((error) => `${error.field} ${error.message}`).join('; ')}.`,
      errors,
    );
  }
  return resolved;
}
