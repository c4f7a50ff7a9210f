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

export type LearningResourceQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningResourceQuery = { learningResource: { id: string, resourceType: ResourceType, title: string, description: string | null, fullDescription: string | null, url: string | null, certification: boolean, certificationType: CertificationType, professional: boolean, free: boolean, delivery: Array<Delivery>, pace: Array<Pace>, format: Array<Format>, availability: Availability | null, duration: string | null, timeCommitment: string | null, levels: Array<Level>, languages: Array<string>, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { name: string } | null, platform: { name: string }, topics: Array<{ id: string, name: string }>, departments: Array<{ id: string, name: string }>, prices: Array<{ amount: number, currency: string }>, runs: Array<{ runId: string, title: string | null, semester: string | null, year: number | null, startDate: string | null, endDate: string | null, enrollmentEnd: string | null, levels: Array<Level>, instructors: Array<string>, delivery: Array<Delivery>, prices: Array<{ amount: number, currency: string }> }>, members: Array<{ position: number, resource: { id: string, title: string, resourceType: ResourceType } }>, memberOf: Array<{ id: string, title: string, resourceType: ResourceType }> } | null };

export type LearningResourcesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: LearningResourceFilter | null | undefined;
  sort: LearningResourceSort;
}>;


export type LearningResourcesQuery = { learningResources: { totalCount: number, edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { name: string } | null, prices: Array<{ amount: number, currency: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OfferorsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferorsQuery = { offerors: Array<{ id: string, name: string }> };

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
    `, {"hash":"sha256:939c90fbe9a78d2626d3da063220ccd9b75b5952462d01e634d88df2e1e6ee93"}) as unknown as TypedDocumentString<LearningResourceQuery, LearningResourceQueryVariables>;
export const LearningResourcesDocument = new TypedDocumentString(`
    query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {
  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges {
      node {
        id
        resourceType
        title
        description
        image {
          url
          alt
        }
        offeredBy {
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
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:fdabeaa81de97c7cabdc34853bafec29475d4e2024c5139ce09c71f4554b7d3c"}) as unknown as TypedDocumentString<LearningResourcesQuery, LearningResourcesQueryVariables>;
export const OfferorsDocument = new TypedDocumentString(`
    query Offerors {
  offerors {
    id
    name
  }
}
    `, {"hash":"sha256:2ca4a573b38567c81697d4f651882978f124ecaf8b7e173c5fa28f55854f6653"}) as unknown as TypedDocumentString<OfferorsQuery, OfferorsQueryVariables>;