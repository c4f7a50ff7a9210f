/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether a resource runs on dates or any time. */
export type Availability =
  | 'ANYTIME'
  | 'DATED';

/** The credential a learner can earn. */
export type CertificationType =
  | 'COMPLETION'
  | 'MICROMASTERS'
  | 'NONE'
  | 'PROFESSIONAL';

/** Where learning happens. */
export type Delivery =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'OFFLINE'
  | 'ONLINE';

/** Whether learners meet at set times. */
export type Format =
  | 'ASYNCHRONOUS'
  | 'SYNCHRONOUS';

export type LearningResourceFilter = {
  certification?: boolean | null | undefined;
  certificationTypes?: Array<CertificationType> | null | undefined;
  delivery?: Array<Delivery> | null | undefined;
  /** Department ids (MIT department codes), e.g. "18". */
  departments?: Array<string | number> | null | undefined;
  free?: boolean | null | undefined;
  /** ISO 639-1 codes, e.g. "en". */
  languages?: Array<string> | null | undefined;
  levels?: Array<Level> | null | undefined;
  /** Offeror ids (codes), e.g. "mitx". */
  offerors?: Array<string | number> | null | undefined;
  /** Platform ids (codes), e.g. "ocw". */
  platforms?: Array<string | number> | null | undefined;
  professional?: boolean | null | undefined;
  resourceTypeGroups?: Array<ResourceTypeGroup> | null | undefined;
  resourceTypes?: Array<ResourceType> | null | undefined;
  /** Topic ids; a topic includes its sub-topics. */
  topics?: Array<string | number> | null | undefined;
};

export type LearningResourceSort =
  /** Most viewed first. */
  | 'MOST_VIEWED'
  /** Most recently added first. */
  | 'NEWEST'
  /** Most recently changed by the provider first; never-dated ones last. */
  | 'RECENTLY_MODIFIED'
  /** By title, A to Z. */
  | 'TITLE'
  /** Soonest upcoming run first; resources with none last. */
  | 'UPCOMING_START';

/** Academic or difficulty level. */
export type Level =
  | 'ADVANCED'
  | 'GRADUATE'
  | 'HIGH_SCHOOL'
  | 'INTERMEDIATE'
  | 'INTRODUCTORY'
  | 'NONCREDIT'
  | 'UNDERGRADUATE';

/** Who sets the pace. */
export type Pace =
  | 'INSTRUCTOR_PACED'
  | 'SELF_PACED';

/** What kind of learning resource this is. */
export type ResourceType =
  /** A course, possibly with several runs. */
  | 'COURSE'
  /** A document such as lecture notes. */
  | 'DOCUMENT'
  /** A curated path; the path itself lives in the learning-paths subgraph. */
  | 'LEARNING_PATH'
  /** A podcast series. */
  | 'PODCAST'
  /** One episode of a podcast. */
  | 'PODCAST_EPISODE'
  /** A sequence of courses leading to a credential. */
  | 'PROGRAM'
  /** A single video. */
  | 'VIDEO'
  /** An ordered list of videos. */
  | 'VIDEO_PLAYLIST';

/** Courses, programs, or learning material. */
export type ResourceTypeGroup =
  | 'COURSE'
  | 'LEARNING_MATERIAL'
  | 'PROGRAM';

/** Which resources a search may return. Values within one field are alternatives (any of them); fields combine (all of them); an empty list leaves its field open. Every list holds at most 50 values. */
export type SearchFilter = {
  certification?: boolean | null | undefined;
  certificationTypes?: Array<CertificationType> | null | undefined;
  delivery?: Array<Delivery> | null | undefined;
  /** Department ids (MIT department codes), e.g. "18". */
  departments?: Array<string | number> | null | undefined;
  free?: boolean | null | undefined;
  /** ISO 639-1 codes, e.g. "en". */
  languages?: Array<string> | null | undefined;
  levels?: Array<Level> | null | undefined;
  /** Offeror ids (codes), e.g. "mitx". */
  offerors?: Array<string | number> | null | undefined;
  /** Platform ids (codes), e.g. "ocw". */
  platforms?: Array<string | number> | null | undefined;
  professional?: boolean | null | undefined;
  resourceTypeGroups?: Array<ResourceTypeGroup> | null | undefined;
  resourceTypes?: Array<ResourceType> | null | undefined;
  /** Topic ids; a topic includes its sub-topics. */
  topics?: Array<string | number> | null | undefined;
};

/** What to search for, among which resources, in which order. */
export type SearchInput = {
  filter?: SearchFilter | null | undefined;
  mode?: SearchMode;
  /** Words to look for, 1 to 200 characters; quotes, `or` and `-word` work as on the web. Left out: every published resource the filter lets through. */
  query?: string | null | undefined;
  sort?: SearchSort;
};

/** How a query is matched. SEMANTIC and HYBRID need a query, sort by relevance and page 1,000 results deep. */
export type SearchMode =
  /** Both, fused by reciprocal rank: each result scores the sum of 1 / (60 + its rank) in each list. */
  | 'HYBRID'
  /** By meaning: resources whose embedding is nearest the query's (cosine similarity). */
  | 'SEMANTIC'
  /** By its words (full-text), title first. */
  | 'TEXT';

/** The order of search results; ties are broken by id, so pages never overlap. */
export type SearchSort =
  /** Most viewed first. */
  | 'MOST_VIEWED'
  /** Most recently added to the catalog first. */
  | 'NEWEST'
  /** Best match first; without a query, most viewed first. */
  | 'RELEVANCE'
  /** Soonest upcoming start first; resources with none ahead last. */
  | 'UPCOMING';

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ id: string, name: string, school: { name: string } | null }> };

export type FeaturedLearningPathsQueryVariables = Exact<{
  first: number;
}>;


export type FeaturedLearningPathsQuery = { learningPaths: { edges: Array<{ node: { id: string, title: string, description: string | null, itemCount: number, followerCount: number } }> } };

export type HomeCatalogQueryVariables = Exact<{
  first: number;
}>;


export type HomeCatalogQuery = { newest: { edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }> }, popular: { edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }> }, upcoming: { edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }> }, topics: Array<{ id: string, name: string }> };

export type ResourceRowFragment = { edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }> };

export type LearningResourceViewRecordMutationVariables = Exact<{
  id: string | number;
  visitorKey: string;
}>;


export type LearningResourceViewRecordMutation = { learningResourceViewRecord: { counted: boolean } };

export type LearningResourceQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningResourceQuery = { learningResource: { id: string, resourceType: ResourceType, title: string, description: string | null, fullDescription: string | null, url: string | null, certification: boolean, certificationType: CertificationType, professional: boolean, free: boolean, delivery: Array<Delivery>, pace: Array<Pace>, format: Array<Format>, availability: Availability | null, duration: string | null, timeCommitment: string | null, levels: Array<Level>, languages: Array<string>, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, platform: { name: string }, topics: Array<{ id: string, name: string }>, departments: Array<{ id: string, name: string }>, prices: Array<{ amount: number, currency: string }>, runs: Array<{ runId: string, title: string | null, semester: string | null, year: number | null, startDate: string | null, endDate: string | null, enrollmentEnd: string | null, levels: Array<Level>, instructors: Array<string>, delivery: Array<Delivery>, prices: Array<{ amount: number, currency: string }> }>, members: Array<{ position: number, resource: { id: string, title: string, resourceType: ResourceType } }>, memberOf: Array<{ id: string, title: string, resourceType: ResourceType }> } | null };

export type LearningResourcesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: LearningResourceFilter | null | undefined;
  sort: LearningResourceSort;
}>;


export type LearningResourcesQuery = { learningResources: { totalCount: number, edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OfferorsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferorsQuery = { offerors: Array<{ id: string, name: string, description: string | null }> };

export type ResourceCardFragment = { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> };

export type ResourceNeighboursQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourceNeighboursQuery = { learningResource: { id: string, similar: Array<{ id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> }>, inLearningPaths: { totalCount: number, edges: Array<{ node: { id: string, title: string, itemCount: number, followerCount: number } }> } } | null };

export type SearchSuggestionsQueryVariables = Exact<{
  prefix: string;
  first: number;
}>;


export type SearchSuggestionsQuery = { searchSuggestions: Array<string> };

export type SearchQueryVariables = Exact<{
  input: SearchInput;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, didYouMean: string | null, edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> }, highlight: { title: string, description: string | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { resourceTypes: Array<{ value: string, label: string | null, count: number }>, resourceTypeGroups: Array<{ value: string, label: string | null, count: number }>, topics: Array<{ value: string, label: string | null, count: number }>, offerors: Array<{ value: string, label: string | null, count: number }>, platforms: Array<{ value: string, label: string | null, count: number }>, departments: Array<{ value: string, label: string | null, count: number }>, levels: Array<{ value: string, label: string | null, count: number }>, certification: Array<{ value: string, label: string | null, count: number }>, certificationTypes: Array<{ value: string, label: string | null, count: number }>, free: Array<{ value: string, label: string | null, count: number }>, professional: Array<{ value: string, label: string | null, count: number }>, delivery: Array<{ value: string, label: string | null, count: number }>, languages: Array<{ value: string, label: string | null, count: number }> } } };

export type FacetCountFragment = { value: string, label: string | null, count: number };

export type SitemapLearningPathsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SitemapLearningPathsQuery = { learningPaths: { edges: Array<{ node: { id: string, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SitemapResourcesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SitemapResourcesQuery = { learningResources: { edges: Array<{ node: { id: string, lastModified: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TopicQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type TopicQuery = { topic: { id: string, name: string, parent: { id: string, name: string } | null, children: Array<{ id: string, name: string }>, resources: { totalCount: number, edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type TopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsQuery = { topics: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ResourceCardFragmentDoc = new TypedDocumentString(`
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
    name
  }
  free
  prices {
    amount
    currency
  }
  certification
  certificationType
  nextStartDate
}
    `, {"fragmentName":"ResourceCard"}) as unknown as TypedDocumentString<ResourceCardFragment, unknown>;
export const ResourceRowFragmentDoc = new TypedDocumentString(`
    fragment ResourceRow on LearningResourceConnection {
  edges {
    node {
      ...ResourceCard
    }
  }
}
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
    name
  }
  free
  prices {
    amount
    currency
  }
  certification
  certificationType
  nextStartDate
}`, {"fragmentName":"ResourceRow"}) as unknown as TypedDocumentString<ResourceRowFragment, unknown>;
export const FacetCountFragmentDoc = new TypedDocumentString(`
    fragment FacetCount on SearchFacetValue {
  value
  label
  count
}
    `, {"fragmentName":"FacetCount"}) as unknown as TypedDocumentString<FacetCountFragment, unknown>;
export const DepartmentsDocument = new TypedDocumentString(`
    query Departments {
  departments {
    id
    name
    school {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
export const FeaturedLearningPathsDocument = new TypedDocumentString(`
    query FeaturedLearningPaths($first: Int!) {
  learningPaths(first: $first, sort: MOST_FOLLOWED) {
    edges {
      node {
        id
        title
        description
        itemCount
        followerCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FeaturedLearningPathsQuery, FeaturedLearningPathsQueryVariables>;
export const HomeCatalogDocument = new TypedDocumentString(`
    query HomeCatalog($first: Int!) {
  newest: learningResources(first: $first, sort: NEWEST) {
    ...ResourceRow
  }
  popular: learningResources(first: $first, sort: MOST_VIEWED) {
    ...ResourceRow
  }
  upcoming: learningResources(first: $first, sort: UPCOMING_START) {
    ...ResourceRow
  }
  topics {
    id
    name
  }
}
    fragment ResourceRow on LearningResourceConnection {
  edges {
    node {
      ...ResourceCard
    }
  }
}
fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
    name
  }
  free
  prices {
    amount
    currency
  }
  certification
  certificationType
  nextStartDate
}`) as unknown as TypedDocumentString<HomeCatalogQuery, HomeCatalogQueryVariables>;
export const LearningResourceViewRecordDocument = new TypedDocumentString(`
    mutation LearningResourceViewRecord($id: ID!, $visitorKey: String!) {
  learningResourceViewRecord(id: $id, visitorKey: $visitorKey) {
    counted
  }
}
    `) as unknown as TypedDocumentString<LearningResourceViewRecordMutation, LearningResourceViewRecordMutationVariables>;
export const LearningResourceDocument = new TypedDocumentString(`
    query LearningResource($id: ID!) {
  learningResource(id: $id) {
    id
    resourceType
    title
    description
    fullDescription
    url
    image {
      url
      alt
    }
    offeredBy {
      id
      name
    }
    platform {
      name
    }
    topics {
      id
      name
    }
    departments {
      id
      name
    }
    certification
    certificationType
    professional
    free
    prices {
      amount
      currency
    }
    delivery
    pace
    format
    availability
    duration
    timeCommitment
    levels
    languages
    nextStartDate
    runs {
      runId
      title
      semester
      year
      startDate
      endDate
      enrollmentEnd
      levels
      prices {
        amount
        currency
      }
      instructors
      delivery
    }
    members {
      position
      resource {
        id
        title
        resourceType
      }
    }
    memberOf {
      id
      title
      resourceType
    }
  }
}
    `) as unknown as TypedDocumentString<LearningResourceQuery, LearningResourceQueryVariables>;
export const LearningResourcesDocument = new TypedDocumentString(`
    query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {
  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges {
      node {
        ...ResourceCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
    name
  }
  free
  prices {
    amount
    currency
  }
  certification
  certificationType
  nextStartDate
}`) as unknown as TypedDocumentString<LearningResourcesQuery, LearningResourcesQueryVariables>;
export const OfferorsDocument = new TypedDocumentString(`
    query Offerors {
  offerors {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<OfferorsQuery, OfferorsQueryVariables>;
export const ResourceNeighboursDocument = new TypedDocumentString(`
    query ResourceNeighbours($id: ID!) {
  learningResource(id: $id) {
    id
    similar(first: 6) {
      ...ResourceCard
    }
    inLearningPaths(first: 10) {
      totalCount
      edges {
        node {
          id
          title
          itemCount
          followerCount
        }
      }
    }
  }
}
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
    name
  }
  free
  prices {
    amount
    currency
  }
  certification
  certificationType
  nextStartDate
}`) as unknown as TypedDocumentString<ResourceNeighboursQuery, ResourceNeighboursQueryVariables>;
export const SearchSuggestionsDocument = new TypedDocumentString(`
    query SearchSuggestions($prefix: String!, $first: Int!) {
  searchSuggestions(prefix: $prefix, first: $first)
}
    `) as unknown as TypedDocumentString<SearchSuggestionsQuery, SearchSuggestionsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($input: SearchInput!, $first: Int!, $after: String) {
  search(input: $input, first: $first, after: $after) {
    totalCount
    didYouMean
    edges {
      node {
        ...ResourceCard
      }
      highlight {
        title
        description
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      resourceTypes {
        ...FacetCount
      }
      resourceTypeGroups {
        ...FacetCount
      }
      topics {
        ...FacetCount
      }
      offerors {
        ...FacetCount
      }
      platforms {
        ...FacetCount
      }
      departments {
        ...FacetCount
      }
      levels {
        ...FacetCount
      }
      certification {
        ...FacetCount
      }
      certificationTypes {
        ...FacetCount
      }
      free {
        ...FacetCount
      }
      professional {
        ...FacetCount
      }
      delivery {
        ...FacetCount
      }
      languages {
        ...FacetCount
      }
    }
  }
}
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
    name
  }
  free
  prices {
    amount
    currency
  }
  certification
  certificationType
  nextStartDate
}
fragment FacetCount on SearchFacetValue {
  value
  label
  count
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SitemapLearningPathsDocument = new TypedDocumentString(`
    query SitemapLearningPaths($first: Int!, $after: String) {
  learningPaths(first: $first, after: $after, sort: NEWEST) {
    edges {
      node {
        id
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SitemapLearningPathsQuery, SitemapLearningPathsQueryVariables>;
export const SitemapResourcesDocument = new TypedDocumentString(`
    query SitemapResources($first: Int!, $after: String) {
  learningResources(first: $first, after: $after, sort: NEWEST) {
    edges {
      node {
        id
        lastModified
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SitemapResourcesQuery, SitemapResourcesQueryVariables>;
export const TopicDocument = new TypedDocumentString(`
    query Topic($id: ID!, $first: Int!, $after: String) {
  topic(id: $id) {
    id
    name
    parent {
      id
      name
    }
    children {
      id
      name
    }
    resources(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...ResourceCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
    name
  }
  free
  prices {
    amount
    currency
  }
  certification
  certificationType
  nextStartDate
}`) as unknown as TypedDocumentString<TopicQuery, TopicQueryVariables>;
export const TopicsDocument = new TypedDocumentString(`
    query Topics {
  topics {
    id
    name
    children {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TopicsQuery, TopicsQueryVariables>;