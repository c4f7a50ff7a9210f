import { formatPrices, languageName } from '@/lib/format';
import {
  availabilityLabels,
  certificateLabels,
  deliveryLabels,
  formatLabels,
  labelList,
  levelLabels,
  paceLabels,
} from '@/lib/labels';
import type { LearningResourceDetail } from '@/lib/learning-resources';
import { taxonomyHref } from '@/lib/taxonomy-href';
import { DateText } from '../atoms/date-text';
import { InlineList } from '../atoms/inline-list';
import { LinkList } from '../atoms/link-list';
import { FactList } from './fact-list';

/**
 * What a learner weighs before starting: cost, credential, how and when it is taught, how long it takes, for
 * whom, who teaches it, in which languages, and on what topics (each linking to its page). Facts the catalog
 * does not know are left out.
 * @example <ResourceFacts resource={resource} />
 */
export function ResourceFacts({ resource }: { resource: LearningResourceDetail }) {
  return (
    <FactList
      facts={[
        { term: 'Price', value: formatPrices(resource.free, resource.prices) },
        {
          term: 'Certificate',
          value: resource.certification ? certificateLabels[resource.certificationType] : 'No certificate',
        },
        { term: 'Professional education', value: resource.professional ? 'Yes, for working professionals' : null },
        { term: 'Next start', value: resource.nextStartDate ? <DateText value={resource.nextStartDate} /> : null },
        { term: 'Availability', value: resource.availability ? availabilityLabels[resource.availability] : null },
        { term: 'Delivery', value: labelList(deliveryLabels, resource.delivery) },
        { term: 'Pace', value: labelList(paceLabels, resource.pace) },
        { term: 'Format', value: labelList(formatLabels, resource.format) },
        { term: 'Duration', value: resource.duration },
        { term: 'Time commitment', value: resource.timeCommitment },
        { term: 'Level', value: labelList(levelLabels, resource.levels) },
        { term: 'Languages', value: resource.languages.map(languageName).join(', ') },
        { term: 'Instructors', value: listOrNothing(resource.runs.flatMap((run) => run.instructors)) },
        {
          term: 'Topics',
          value: linksOrNothing(
            resource.topics.map((topic) => ({ href: taxonomyHref('topics', topic.id), label: topic.name })),
          ),
        },
        {
          term: 'Departments',
          value: linksOrNothing(
            resource.departments.map((department) => ({
              href: taxonomyHref('departments', department.id),
              label: department.name,
            })),
          ),
        },
      ]}
    />
  );
}

function listOrNothing(items: string[]) {
  return items.length > 0 ? <InlineList items={items} /> : null;
}

function linksOrNothing(links: Array<{ href: string; label: string }>) {
  return links.length > 0 ? <LinkList links={links} /> : null;
}
