/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type LearningResourceQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningResourceQuery = { learningResource: { id: string, resourceType: ResourceType, title: string, description: string | null, url: string | null } | null };

export type LearningResourcesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type LearningResourcesQuery = { learningResources: { totalCount: number, edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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
    url
  }
}
    `) as unknown as TypedDocumentString<LearningResourceQuery, LearningResourceQueryVariables>;
export const LearningResourcesDocument = new TypedDocumentString(`
    query LearningResources($first: Int!, $after: String) {
  learningResources(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        resourceType
        title
        description
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<LearningResourcesQuery, LearningResourcesQueryVariables>;