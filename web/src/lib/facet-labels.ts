import { certificateLabels, deliveryLabels, levelLabels, resourceTypeGroupLabels, resourceTypeLabels } from './labels';
import type { FacetName } from './search-query';

/** Each facet's title on the search page, in the order the page shows them. */
export const facetTitles: Record<FacetName, string> = {
  resourceTypeGroups: 'Kind',
  resourceTypes: 'Type',
  topics: 'Topic',
  offerors: 'Offered by',
  free: 'Price',
  certification: 'Certificate',
  certificationTypes: 'Credential',
  professional: 'Professional education',
  delivery: 'Delivery',
  levels: 'Level',
  departments: 'Department',
  platforms: 'Platform',
  languages: 'Language',
};

/** The values of the facets that are enums or yes/no, with their labels: no other value is a valid choice. */
export const closedFacetValues: Partial<Record<FacetName, Record<string, string>>> = {
  resourceTypeGroups: resourceTypeGroupLabels,
  resourceTypes: resourceTypeLabels,
  levels: levelLabels,
  certificationTypes: { ...certificateLabels, NONE: 'No named credential' },
  delivery: deliveryLabels,
  free: { true: 'Free', false: 'Paid' },
  certification: { true: 'With a certificate', false: 'Without a certificate' },
  professional: { true: 'Professional', false: 'Not professional' },
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * How a facet value reads: the label the API gives (topics, offerors, departments, platforms), else this site's
 * label for an enum or yes/no value, else a language's English name, else the value itself.
 * @example facetValueLabel('free', { value: 'true', label: null }) // 'Free'
 */
export function facetValueLabel(facet: FacetName, { value, label }: { value: string; label: string | null }): string {
  if (label) return label;
  const closed = closedFacetValues[facet]?.[value];
  if (closed) return closed;
  return facet === 'languages' ? languageName(value) : value;
}

function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    // not a well-formed language tag: show it as it came
    return code;
  }
}
