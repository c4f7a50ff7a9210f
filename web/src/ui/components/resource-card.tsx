import Link from 'next/link';
import type { LearningResourceSummary } from '@/lib/learning-resources';
import { taxonomyHref } from '@/lib/taxonomy-href';
import { shorten } from '@/lib/text';
import { CertificateBadge } from '../atoms/certificate-badge';
import { DateText } from '../atoms/date-text';
import { HighlightedText } from '../atoms/highlighted-text';
import { PriceTag } from '../atoms/price-tag';
import { ResourceImage } from '../atoms/resource-image';
import { ResourceTypeLabel } from '../atoms/resource-type-label';

/**
 * One resource in a list: its picture, its title linking to its page, its type and offeror, what it costs,
 * whether it leads to a certificate, when it next starts, and the start of its description. A search result
 * passes its highlight: the words that matched are marked in the title and in the description's fragments.
 * @example <ResourceCard resource={edge.node} />
 * @example <ResourceCard resource={edge.node} highlight={edge.highlight} />
 */
export function ResourceCard({
  resource,
  highlight,
}: {
  resource: LearningResourceSummary;
  highlight?: { title: string; description: string | null } | null;
}) {
  return (
    <article className="resource-card">
      {resource.image ? <ResourceImage image={resource.image} width={400} /> : null}
      <div className="resource-card-body">
        <h3>
          <Link href={`/resources/${encodeURIComponent(resource.id)}`}>
            {highlight ? <HighlightedText html={highlight.title} /> : resource.title}
          </Link>
        </h3>
        <div className="resource-meta">
          <ResourceTypeLabel type={resource.resourceType} />
          {resource.offeredBy ? (
            <span className="offeror">
              <span className="visually-hidden">Offered by </span>
              <Link href={taxonomyHref('offerors', resource.offeredBy.id)}>{resource.offeredBy.name}</Link>
            </span>
          ) : null}
        </div>
        <div className="badges">
          <PriceTag free={resource.free} prices={resource.prices} />
          <CertificateBadge certification={resource.certification} certificationType={resource.certificationType} />
        </div>
        {resource.nextStartDate ? (
          <div className="next-start">
            Starts <DateText value={resource.nextStartDate} />
          </div>
        ) : null}
        {highlight?.description ? (
          <p>
            <HighlightedText html={highlight.description} />
          </p>
        ) : resource.description ? (
          <p>{shorten(resource.description, 200)}</p>
        ) : null}
      </div>
    </article>
  );
}
