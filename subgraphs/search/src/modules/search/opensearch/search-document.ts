import type { ResourceSnapshot } from '../../index-sync/resource-snapshot.js';
import type { VectorPayload } from '../qdrant/vector-store.js';
import { type FacetName, facetNames } from '../search-engine.js';

/** A resource as OpenSearch stores it: facet fields are named after the facets, so filters need no mapping. */
export type OpenSearchDocument = Record<FacetName, string | string[] | boolean | null> & {
  id: string;
  version: number;
  published: boolean;
  title: string;
  description: string | null;
  names: string[];
  terms: string[];
  views: number;
  nextStartDate: string | null;
  createdAt: string | null;
};

const keyword = { type: 'keyword' } as const;
const flag = { type: 'boolean' } as const;

/** Keyword facets, text fields weighted at query time, and `terms` (lower-cased words) for suggestions. */
export const documentMappings = {
  dynamic: 'strict',
  properties: {
    id: keyword,
    version: { type: 'long' },
    published: flag,
    title: { type: 'text', analyzer: 'english' },
    description: { type: 'text', analyzer: 'english' },
    names: { type: 'text', analyzer: 'english' },
    terms: keyword,
    views: { type: 'long' },
    nextStartDate: { type: 'date' },
    createdAt: { type: 'date' },
    resourceTypes: keyword,
    resourceTypeGroups: keyword,
    topics: keyword,
    offerors: keyword,
    platforms: keyword,
    departments: keyword,
    levels: keyword,
    certification: flag,
    certificationTypes: keyword,
    free: flag,
    professional: flag,
    delivery: keyword,
    languages: keyword,
  },
} as const;

/** Mirrors the catalog's grouping of resource types (as the PostgreSQL engine's facet columns do). */
const groupOf = (resourceType: string) =>
  resourceType === 'COURSE' || resourceType === 'PROGRAM' ? resourceType : 'LEARNING_MATERIAL';

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The document indexed for a resource at `version`; topic ids include ancestors so a topic filter covers sub-topics. */
export function toOpenSearchDocument(resource: ResourceSnapshot, version: number): OpenSearchDocument {
  const names = [
    ...resource.topicTree.map((topic) => topic.name),
    ...(resource.offerorName ? [resource.offerorName] : []),
    ...resource.instructors,
  ];
  const words = [resource.title, resource.description ?? '', ...names].flatMap(wordsOf);
  return {
    id: resource.id,
    version,
    published: resource.published,
    title: resource.title,
    description: resource.description,
    names,
    terms: [...new Set([...words, ...names.map((name) => name.toLowerCase())])],
    views: resource.views,
    nextStartDate: resource.nextStartDate,
    createdAt: resource.createdAt,
    resourceTypes: resource.resourceType,
    resourceTypeGroups: groupOf(resource.resourceType),
    topics: resource.topicTree.map((topic) => topic.id),
    offerors: resource.offeredBy,
    platforms: resource.platform,
    departments: resource.departments,
    levels: resource.levels,
    certification: resource.certification,
    certificationTypes: resource.certificationType,
    free: resource.free,
    professional: resource.professional,
    delivery: resource.delivery,
    languages: resource.languages,
  };
}

/** What Qdrant keeps beside a resource's embedding: its facet values as indexed here, so nearest searches filter alike. */
export const vectorPayloadOf = (document: OpenSearchDocument): VectorPayload => ({
  ...Object.fromEntries(facetNames.map((facet) => [facet, document[facet]])),
  published: document.published,
});
