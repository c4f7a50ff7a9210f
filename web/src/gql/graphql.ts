/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountCreateInput = {
  email: string;
  name: string;
  /** At least 12 characters, and not one of the 10,000 most common passwords. */
  password: string;
};

export type AccountVerifyInput = {
  /** The token from the verification email. */
  token: string;
};

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

/** The fields to change; those left out stay as they are. */
export type ProfileUpdateInput = {
  /** An https URL; null removes the picture. */
  avatarUrl?: string | null | undefined;
  displayName?: string | null | undefined;
  /** Catalog topic ids, at most 50. */
  interests?: Array<string> | null | undefined;
  /** At most 10, each at most 200 characters. */
  learningGoals?: Array<string> | null | undefined;
  /** ISO 639-1 codes, at most 10. */
  preferredLanguages?: Array<string> | null | undefined;
};

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

export type SessionCreateInput = {
  email: string;
  password: string;
};

export type SessionDeleteInput = {
  /** The refresh token of the session to end. */
  refreshToken: string;
};

export type SessionRefreshInput = {
  refreshToken: string;
};

export type AccountCreateMutationVariables = Exact<{
  input: AccountCreateInput;
}>;


export type AccountCreateMutation = { accountCreate: { success: boolean, errors: Array<{ code: string, field: string | null }> } };

export type AccountVerifyMutationVariables = Exact<{
  input: AccountVerifyInput;
}>;


export type AccountVerifyMutation = { accountVerify: { success: boolean, record: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, errors: Array<{ code: string, field: string | null }> } };

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

export type ProfileUpdateMutationVariables = Exact<{
  input: ProfileUpdateInput;
}>;


export type ProfileUpdateMutation = { profileUpdate: { success: boolean, errors: Array<{ code: string, field: string | null }> } };

export type SessionCreateMutationVariables = Exact<{
  input: SessionCreateInput;
}>;


export type SessionCreateMutation = { sessionCreate: { success: boolean, record: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type SessionDeleteMutationVariables = Exact<{
  input: SessionDeleteInput;
}>;


export type SessionDeleteMutation = { sessionDelete: { success: boolean } };

export type SessionRefreshMutationVariables = Exact<{
  input: SessionRefreshInput;
}>;


export type SessionRefreshMutation = { sessionRefresh: { success: boolean, record: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, name: string, displayName: string | null, email: string | null, interests: Array<{ id: string }> } | null, topics: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> };

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

export const AccountCreateDocument = new TypedDocumentString(`
    mutation AccountCreate($input: AccountCreateInput!) {
  accountCreate(input: $input) {
    success
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AccountCreateMutation, AccountCreateMutationVariables>;
export const AccountVerifyDocument = new TypedDocumentString(`
    mutation AccountVerify($input: AccountVerifyInput!) {
  accountVerify(input: $input) {
    success
    record {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AccountVerifyMutation, AccountVerifyMutationVariables>;
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
    `) as unknown as TypedDocumentString<LearningResourceQuery, LearningResourceQueryVariables>;
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
    `) as unknown as TypedDocumentString<LearningResourcesQuery, LearningResourcesQueryVariables>;
export const OfferorsDocument = new TypedDocumentString(`
    query Offerors {
  offerors {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OfferorsQuery, OfferorsQueryVariables>;
export const ProfileUpdateDocument = new TypedDocumentString(`
    mutation ProfileUpdate($input: ProfileUpdateInput!) {
  profileUpdate(input: $input) {
    success
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileUpdateMutation, ProfileUpdateMutationVariables>;
export const SessionCreateDocument = new TypedDocumentString(`
    mutation SessionCreate($input: SessionCreateInput!) {
  sessionCreate(input: $input) {
    success
    record {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SessionCreateMutation, SessionCreateMutationVariables>;
export const SessionDeleteDocument = new TypedDocumentString(`
    mutation SessionDelete($input: SessionDeleteInput!) {
  sessionDelete(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<SessionDeleteMutation, SessionDeleteMutationVariables>;
export const SessionRefreshDocument = new TypedDocumentString(`
    mutation SessionRefresh($input: SessionRefreshInput!) {
  sessionRefresh(input: $input) {
    success
    record {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<SessionRefreshMutation, SessionRefreshMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    name
    displayName
    email
    interests {
      id
    }
  }
  topics {
    id
    name
    children {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;