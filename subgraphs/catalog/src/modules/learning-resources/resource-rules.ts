import type { FieldError } from '@learngraph/service-kit';
import type { ResourceInput } from '../../etl/resource-input.js';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.js';

/** Explicit limits of a resource's fields, shared by imports and editors. */
export const resourceLimits = {
  readableIdMax: 255,
  titleMax: 500,
  descriptionMax: 20_000,
  fullDescriptionMax: 200_000,
  urlMax: 2048,
  runsMax: 500,
  childrenMax: 2000,
  pricesMax: 20,
};

const isHttpUrl = (value: string) => {
  if (value.length > resourceLimits.urlMax || !URL.canParse(value)) return false;
  return ['http:', 'https:'].includes(new URL(value).protocol);
};

/**
 * Everything wrong with a resource, field by field (`runs.2.prices.0.amount`), checked the same way for
 * provider records and editors' input: bounds, URLs, codes, amounts, and references to taxonomies that
 * must exist (platform, offeror).
 */
export function resourceProblems(input: ResourceInput, taxonomy: TaxonomyIndex): FieldError[] {
  const problems: FieldError[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const text = (field: string, value: string | null, max: number, required = false) => {
    if (required && !value?.trim()) problem(field, 'must not be empty');
    else if (value && value.length > max) problem(field, `at most ${max} characters`);
  };
  const url = (field: string, value: string | null | undefined) => {
    if (value && !isHttpUrl(value)) problem(field, 'not an http(s) URL');
  };
  const prices = (field: string, list: ResourceInput['prices']) => {
    if (list.length > resourceLimits.pricesMax) problem(field, `at most ${resourceLimits.pricesMax} prices`);
    list.forEach((price, index) => {
      if (!Number.isFinite(price.amount) || price.amount < 0 || Math.round(price.amount * 100) !== price.amount * 100) {
        problem(`${field}.${index}.amount`, 'a non-negative amount with at most two decimals');
      }
      if (!/^[A-Z]{3}$/.test(price.currency)) problem(`${field}.${index}.currency`, 'an ISO 4217 code such as USD');
    });
  };
  const range = (field: string, min: number | null, max: number | null) => {
    for (const [name, value] of [
      [`min${field}`, min],
      [`max${field}`, max],
    ] as const) {
      if (value !== null && (!Number.isFinite(value) || value < 0)) problem(name, 'a non-negative number');
    }
    if (min !== null && max !== null && min > max) problem(`min${field}`, `not more than max${field}`);
  };

  text('readableId', input.readableId, resourceLimits.readableIdMax, true);
  text('title', input.title, resourceLimits.titleMax, true);
  text('description', input.description, resourceLimits.descriptionMax);
  text('fullDescription', input.fullDescription, resourceLimits.fullDescriptionMax);
  url('url', input.url);
  url('image.url', input.image?.url);
  if (!taxonomy.platforms.has(input.platform)) problem('platform', `no platform has the code "${input.platform}"`);
  if (input.offeredBy !== null && !taxonomy.offerors.has(input.offeredBy)) {
    problem('offeredBy', `no offeror has the code "${input.offeredBy}"`);
  }
  input.languages.forEach((language, index) => {
    if (!/^[a-z]{2,3}$/.test(language)) problem(`languages.${index}`, 'an ISO 639 code such as "en"');
  });
  prices('prices', input.prices);
  range('Weeks', input.minWeeks, input.maxWeeks);
  range('WeeklyHours', input.minWeeklyHours, input.maxWeeklyHours);
  if (input.runs.length > resourceLimits.runsMax) problem('runs', `at most ${resourceLimits.runsMax} runs`);
  const runIds = new Set<string>();
  input.runs.forEach((run, index) => {
    if (!run.runId.trim()) problem(`runs.${index}.runId`, 'must not be empty');
    else if (runIds.has(run.runId)) problem(`runs.${index}.runId`, `another run already has the id "${run.runId}"`);
    runIds.add(run.runId);
    url(`runs.${index}.url`, run.url);
    prices(`runs.${index}.prices`, run.prices);
    if (run.startDate && run.endDate && run.startDate > run.endDate)
      problem(`runs.${index}.endDate`, 'before the start date');
  });
  if (input.children.length > resourceLimits.childrenMax)
    problem('children', `at most ${resourceLimits.childrenMax} members`);
  return problems;
}
