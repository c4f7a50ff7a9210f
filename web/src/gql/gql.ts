/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    url\n  }\n}": typeof types.LearningResourceDocument,
    "query LearningResources($first: Int!, $after: String) {\n  learningResources(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        resourceType\n        title\n        description\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.LearningResourcesDocument,
};
const documents: Documents = {
    "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    url\n  }\n}": types.LearningResourceDocument,
    "query LearningResources($first: Int!, $after: String) {\n  learningResources(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        resourceType\n        title\n        description\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.LearningResourcesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    url\n  }\n}"): typeof import('./graphql').LearningResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningResources($first: Int!, $after: String) {\n  learningResources(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        resourceType\n        title\n        description\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql').LearningResourcesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
