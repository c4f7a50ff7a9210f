import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ResourceType } from '@/gql/graphql';
import type { LearningResourceDetail } from '@/lib/learning-resources';
import { taxonomyHref } from '@/lib/taxonomy-href';
import { CertificateBadge } from '../atoms/certificate-badge';
import { PlainText } from '../atoms/plain-text';
import { PriceTag } from '../atoms/price-tag';
import { ResourceImage } from '../atoms/resource-image';
import { ResourceTypeLabel } from '../atoms/resource-type-label';
import { ProviderLink } from '../components/provider-link';
import { RelatedResources } from '../components/related-resources';
import { ResourceFacts } from '../components/resource-facts';
import { RunList } from '../components/run-list';

// what a resource's members are, by the resource's own type; a Record, so a new type needs a heading
const memberHeadings: Record<ResourceType, string> = {
  COURSE: 'In this course',
  PROGRAM: 'Courses in this program',
  LEARNING_PATH: 'In this learning path',
  VIDEO: 'In this video',
  VIDEO_PLAYLIST: 'Videos in this playlist',
  PODCAST: 'Episodes',
  PODCAST_EPISODE: 'In this episode',
  DOCUMENT: 'In this document',
};

/**
 * A resource's own page: what it is and who offers it, the way to it, its description, the facts a learner
 * decides on, its runs, its members (a program's courses, a playlist's videos) and what it is part of.
 * `actions` (the reader's own: favourite, add to a path) go under the way to it.
 * @example <ResourceDetail resource={result.data} actions={<ResourceActions … />} />
 */
export function ResourceDetail({ resource, actions }: { resource: LearningResourceDetail; actions?: ReactNode }) {
  const members = [...resource.members].sort((a, b) => a.position - b.position).map((member) => member.resource);
  return (
    <article className="resource-detail">
      <header className="resource-header">
        <div className="resource-header-text">
          <h1>{resource.title}</h1>
          <div className="resource-meta">
            <ResourceTypeLabel type={resource.resourceType} />
            <Provenance offeror={resource.offeredBy} platform={resource.platform.name} />
          </div>
          <div className="badges">
            <PriceTag free={resource.free} prices={resource.prices} />
            <CertificateBadge certification={resource.certification} certificationType={resource.certificationType} />
          </div>
          <ProviderLink url={resource.url} platform={resource.platform.name} />
          {actions}
        </div>
        {resource.image ? <ResourceImage image={resource.image} width={640} /> : null}
      </header>
      <section aria-labelledby="about-title">
        <h2 id="about-title">About</h2>
        {resource.description ? (
          <PlainText text={resource.description} />
        ) : (
          <p>This resource has no description yet.</p>
        )}
        {resource.fullDescription && resource.fullDescription !== resource.description ? (
          <PlainText text={resource.fullDescription} />
        ) : null}
      </section>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">At a glance</h2>
        <ResourceFacts resource={resource} />
      </section>
      <RunList runs={resource.runs} />
      <RelatedResources id="members" title={memberHeadings[resource.resourceType]} resources={members} ordered />
      <RelatedResources id="part-of" title="Part of" resources={resource.memberOf} />
    </article>
  );
}

// who offers it (linking to their page) and where it lives, each named once when they are the same (MIT
// OpenCourseWare on itself)
function Provenance({ offeror, platform }: { offeror: { id: string; name: string } | null; platform: string }) {
  if (!offeror) return <span>On {platform}</span>;
  return (
    <span>
      Offered by <Link href={taxonomyHref('offerors', offeror.id)}>{offeror.name}</Link>
      {offeror.name === platform ? null : ` on ${platform}`}
    </span>
  );
}
