import { badUserInput, type FieldError, isUuid } from '@learngraph/service-kit';
import type { TaxonomyCache } from '../taxonomy/index.js';
import { filterValuesMax, type LearningResourceFilter } from './learning-resource-filter.js';
import { typesIn } from './resource-enums.js';
import type { ResolvedFilter } from './resource-list-query.js';

/**
 * Checks a client's filter against the taxonomies, turns it into SQL-ready terms and runs `use` with them:
 * resource type groups become types, topics gain their sub-topics, and every unknown code is a BAD_USER_INPUT
 * on its own field (`filter.topics.1`) rather than a silently empty list. Offeror, platform and department
 * codes are used as given, so `use` starts while they are still being checked against their taxonomies (one
 * round trip instead of two), and its result is returned only when every check has passed.
 *
 * @example
 * const page = await withResolvedFilter(args.filter, ctx.taxonomy, (filter) => resources.page(filter, ...));
 */
export async function withResolvedFilter<Result>(
  filter: LearningResourceFilter | null | undefined,
  taxonomy: TaxonomyCache,
  use: (resolved: ResolvedFilter) => Promise<Result>,
): Promise<Result> {
  if (!filter) return use({});
  // In the order they are reported; a taxonomy's codes are checked once the taxonomy has been read.
  const problems: Array<FieldError[] | Promise<FieldError[]>> = [];
  const list = <T>(name: keyof LearningResourceFilter, values: T[] | null | undefined): T[] | undefined => {
    if (values === null || values === undefined) return undefined;
    if (values.length > filterValuesMax)
      problems.push([{ field: `filter.${name}`, message: `at most ${filterValuesMax} values` }]);
    return [...new Set(values)];
  };
  const known = (
    name: 'offerors' | 'platforms' | 'departments',
    values: string[] | undefined,
    all: () => Promise<Map<string, unknown>>,
  ) => {
    // Read only when the filter names codes of this kind: most filters name none.
    if (values) {
      problems.push(
        all().then((codes) =>
          values.flatMap((value, index) =>
            codes.has(value)
              ? []
              : [{ field: `filter.${name}.${index}`, message: `no ${name.slice(0, -1)} has the id "${value}"` }],
          ),
        ),
      );
    }
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
        problems.push([{ field: `filter.topics.${index}`, message: `no topic has the id "${id}"` }]);
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
      problems.push([{ field: `filter.languages.${index}`, message: 'an ISO 639 code such as "en"' }]);
  });
  const resolved: ResolvedFilter = {
    resourceTypes,
    topicIds,
    offerors: known('offerors', list('offerors', filter.offerors), taxonomy.offerors),
    platforms: known('platforms', list('platforms', filter.platforms), taxonomy.platforms),
    departments: known('departments', list('departments', filter.departments), taxonomy.departments),
    certification: filter.certification ?? undefined,
    certificationTypes: list('certificationTypes', filter.certificationTypes),
    free: filter.free ?? undefined,
    professional: filter.professional ?? undefined,
    delivery: list('delivery', filter.delivery),
    levels: list('levels', filter.levels),
    languages,
  };
  const refused = (errors: FieldError[]) =>
    badUserInput(`Invalid filter: ${errors.map((error) => `${error.field} ${error.message}`).join('; ')}.`, errors);
  const checked = Promise.all(problems).then((found) => found.flat());
  if (problems.some((found) => Array.isArray(found) && found.length > 0)) throw refused(await checked);
  const [checks, used] = await Promise.allSettled([checked, use(resolved)]);
  if (checks.status === 'rejected') throw checks.reason;
  if (checks.value.length > 0) throw refused(checks.value);
  if (used.status === 'rejected') throw used.reason;
  return used.value;
}
