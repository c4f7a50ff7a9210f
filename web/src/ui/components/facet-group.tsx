import { facetValueLabel } from '@/lib/facet-labels';
import { type FacetName, facetParams } from '@/lib/search-query';

/** One value of a facet with how many results have it. */
export interface FacetCount {
  value: string;
  label: string | null;
  count: number;
}

/**
 * One facet of the search as a group of checkboxes, each value with its count; checked values are the chosen
 * ones. A chosen value the counts leave out (none match any more) is still listed, so it can be unchecked.
 * @example <FacetGroup facet="free" title="Price" counts={[{ value: 'true', label: null, count: 12 }]} chosen={[]} />
 */
export function FacetGroup({
  facet,
  title,
  counts,
  chosen,
}: {
  facet: FacetName;
  title: string;
  counts: FacetCount[];
  chosen: string[];
}) {
  const listed = new Set(counts.map((count) => count.value));
  const values = [
    ...counts,
    ...chosen.filter((value) => !listed.has(value)).map((value) => ({ value, label: null, count: 0 })),
  ];
  if (values.length === 0) return null;
  return (
    <fieldset className="facet-group">
      <legend>{title}</legend>
      <ul>
        {values.map((value) => {
          const id = `facet-${facetParams[facet]}-${value.value}`;
          return (
            <li key={value.value}>
              <input
                type="checkbox"
                id={id}
                name={facetParams[facet]}
                value={value.value}
                defaultChecked={chosen.includes(value.value)}
              />
              <label htmlFor={id}>
                {facetValueLabel(facet, value)} <span className="facet-count">({value.count})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
