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
    "mutation AccountCreate($input: AccountCreateInput!) {\n  accountCreate(input: $input) {\n    success\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.AccountCreateDocument,
    "mutation AccountVerify($input: AccountVerifyInput!) {\n  accountVerify(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.AccountVerifyDocument,
    "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    fullDescription\n    url\n    image {\n      url\n      alt\n    }\n    offeredBy {\n      name\n    }\n    platform {\n      name\n    }\n    topics {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    certification\n    certificationType\n    professional\n    free\n    prices {\n      amount\n      currency\n    }\n    delivery\n    pace\n    format\n    availability\n    duration\n    timeCommitment\n    levels\n    languages\n    nextStartDate\n    runs {\n      runId\n      title\n      semester\n      year\n      startDate\n      endDate\n      enrollmentEnd\n      levels\n      prices {\n        amount\n        currency\n      }\n      instructors\n      delivery\n    }\n    members {\n      position\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n    memberOf {\n      id\n      title\n      resourceType\n    }\n  }\n}": typeof types.LearningResourceDocument,
    "query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {\n  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges {\n      node {\n        id\n        resourceType\n        title\n        description\n        image {\n          url\n          alt\n        }\n        offeredBy {\n          name\n        }\n        free\n        prices {\n          amount\n          currency\n        }\n        certification\n        certificationType\n        nextStartDate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.LearningResourcesDocument,
    "query Offerors {\n  offerors {\n    id\n    name\n  }\n}": typeof types.OfferorsDocument,
    "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    success\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.ProfileUpdateDocument,
    "mutation SessionCreate($input: SessionCreateInput!) {\n  sessionCreate(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.SessionCreateDocument,
    "mutation SessionDelete($input: SessionDeleteInput!) {\n  sessionDelete(input: $input) {\n    success\n  }\n}": typeof types.SessionDeleteDocument,
    "mutation SessionRefresh($input: SessionRefreshInput!) {\n  sessionRefresh(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n}": typeof types.SessionRefreshDocument,
    "query Viewer {\n  me {\n    id\n    name\n    displayName\n    email\n    interests {\n      id\n    }\n  }\n  topics {\n    id\n    name\n    children {\n      id\n      name\n    }\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "mutation AccountCreate($input: AccountCreateInput!) {\n  accountCreate(input: $input) {\n    success\n    errors {\n      code\n      field\n    }\n  }\n}": types.AccountCreateDocument,
    "mutation AccountVerify($input: AccountVerifyInput!) {\n  accountVerify(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.AccountVerifyDocument,
    "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    fullDescription\n    url\n    image {\n      url\n      alt\n    }\n    offeredBy {\n      name\n    }\n    platform {\n      name\n    }\n    topics {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    certification\n    certificationType\n    professional\n    free\n    prices {\n      amount\n      currency\n    }\n    delivery\n    pace\n    format\n    availability\n    duration\n    timeCommitment\n    levels\n    languages\n    nextStartDate\n    runs {\n      runId\n      title\n      semester\n      year\n      startDate\n      endDate\n      enrollmentEnd\n      levels\n      prices {\n        amount\n        currency\n      }\n      instructors\n      delivery\n    }\n    members {\n      position\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n    memberOf {\n      id\n      title\n      resourceType\n    }\n  }\n}": types.LearningResourceDocument,
    "query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {\n  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges {\n      node {\n        id\n        resourceType\n        title\n        description\n        image {\n          url\n          alt\n        }\n        offeredBy {\n          name\n        }\n        free\n        prices {\n          amount\n          currency\n        }\n        certification\n        certificationType\n        nextStartDate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.LearningResourcesDocument,
    "query Offerors {\n  offerors {\n    id\n    name\n  }\n}": types.OfferorsDocument,
    "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    success\n    errors {\n      code\n      field\n    }\n  }\n}": types.ProfileUpdateDocument,
    "mutation SessionCreate($input: SessionCreateInput!) {\n  sessionCreate(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.SessionCreateDocument,
    "mutation SessionDelete($input: SessionDeleteInput!) {\n  sessionDelete(input: $input) {\n    success\n  }\n}": types.SessionDeleteDocument,
    "mutation SessionRefresh($input: SessionRefreshInput!) {\n  sessionRefresh(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n}": types.SessionRefreshDocument,
    "query Viewer {\n  me {\n    id\n    name\n    displayName\n    email\n    interests {\n      id\n    }\n  }\n  topics {\n    id\n    name\n    children {\n      id\n      name\n    }\n  }\n}": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountCreate($input: AccountCreateInput!) {\n  accountCreate(input: $input) {\n    success\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').AccountCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountVerify($input: AccountVerifyInput!) {\n  accountVerify(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').AccountVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    fullDescription\n    url\n    image {\n      url\n      alt\n    }\n    offeredBy {\n      name\n    }\n    platform {\n      name\n    }\n    topics {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    certification\n    certificationType\n    professional\n    free\n    prices {\n      amount\n      currency\n    }\n    delivery\n    pace\n    format\n    availability\n    duration\n    timeCommitment\n    levels\n    languages\n    nextStartDate\n    runs {\n      runId\n      title\n      semester\n      year\n      startDate\n      endDate\n      enrollmentEnd\n      levels\n      prices {\n        amount\n        currency\n      }\n      instructors\n      delivery\n    }\n    members {\n      position\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n    memberOf {\n      id\n      title\n      resourceType\n    }\n  }\n}"): typeof import('./graphql').LearningResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {\n  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges {\n      node {\n        id\n        resourceType\n        title\n        description\n        image {\n          url\n          alt\n        }\n        offeredBy {\n          name\n        }\n        free\n        prices {\n          amount\n          currency\n        }\n        certification\n        certificationType\n        nextStartDate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql').LearningResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Offerors {\n  offerors {\n    id\n    name\n  }\n}"): typeof import('./graphql').OfferorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    success\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').ProfileUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionCreate($input: SessionCreateInput!) {\n  sessionCreate(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').SessionCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionDelete($input: SessionDeleteInput!) {\n  sessionDelete(input: $input) {\n    success\n  }\n}"): typeof import('./graphql').SessionDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionRefresh($input: SessionRefreshInput!) {\n  sessionRefresh(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n}"): typeof import('./graphql').SessionRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  me {\n    id\n    name\n    displayName\n    email\n    interests {\n      id\n    }\n  }\n  topics {\n    id\n    name\n    children {\n      id\n      name\n    }\n  }\n}"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
