import type { LearningResourceSort, ResourceTypeGroup } from '@/gql/graphql';
import { type CatalogChange, refineHref } from '@/lib/catalog-href';
import type { CatalogQuery } from '@/lib/catalog-query';
import { resourceTypeGroupLabels as groupLabels } from '@/lib/labels';
import type { Offeror } from '@/lib/learning-resources';
import { type Choice, ChoiceGroup } from '../components/choice-group';

// in the order they are offered; a Record so that a new sort in the schema fails typecheck until it has a label
const sortLabels: Record<LearningResourceSort, string> = {
  NEWEST: 'Newest',
  RECENTLY_MODIFIED: 'Recently updated',
  MOST_VIEWED: 'Most viewed',
  UPCOMING_START: 'Starting soonest',
  TITLE: 'Title A–Z',
};

/**
 * How to sort and narrow the catalog, as groups of links that each keep the rest of the current choice and
 * start again at the first page. The offeror group appears when the list of offerors could be read.
 * @example <CatalogControls query={query} offerors={[{ id: 'mitx', name: 'MITx' }]} />
 */
export function CatalogControls({ query, offerors }: { query: CatalogQuery; offerors: Offeror[] }) {
  const sorts = Object.keys(sortLabels) as LearningResourceSort[];
  const groups = Object.keys(groupLabels) as ResourceTypeGroup[];
  const choice = (label: string, change: CatalogChange, current: boolean): Choice => ({
    label,
    href: refineHref(query, change),
    current,
  });
  return (
    <nav className="catalog-controls" aria-labelledby="catalog-controls-title">
      <h2 id="catalog-controls-title" className="visually-hidden">
        Sort and filter
      </h2>
      <ChoiceGroup
        id="sort"
        title="Sort by"
        choices={sorts.map((sort) => choice(sortLabels[sort], { sort }, query.sort === sort))}
      />
      <ChoiceGroup
        id="type"
        title="Type"
        choices={[
          choice('All types', { group: undefined }, query.group === undefined),
          ...groups.map((group) => choice(groupLabels[group], { group }, query.group === group)),
        ]}
      />
      <ChoiceGroup
        id="price"
        title="Price"
        choices={[
          choice('Free or paid', { free: false }, !query.free),
          choice('Free only', { free: true }, query.free),
        ]}
      />
      <ChoiceGroup
        id="certificate"
        title="Certificate"
        choices={[
          choice('With or without', { certificate: false }, !query.certificate),
          choice('Certificate only', { certificate: true }, query.certificate),
        ]}
      />
      {offerors.length > 0 ? (
        <ChoiceGroup
          id="offeror"
          title="Offered by"
          choices={[
            choice('All offerors', { offeror: undefined }, query.offeror === undefined),
            ...offerors.map((offeror) => choice(offeror.name, { offeror: offeror.id }, query.offeror === offeror.id)),
          ]}
        />
      ) : null}
    </nav>
  );
}
