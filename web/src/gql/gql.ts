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
    "query Departments {\n  departments {\n    id\n    name\n    school {\n      name\n    }\n  }\n}": typeof types.DepartmentsDocument,
    "query FeaturedLearningPaths($first: Int!) {\n  learningPaths(first: $first, sort: MOST_FOLLOWED) {\n    edges {\n      node {\n        id\n        title\n        description\n        itemCount\n        followerCount\n      }\n    }\n  }\n}": typeof types.FeaturedLearningPathsDocument,
    "query HomeCatalog($first: Int!) {\n  newest: learningResources(first: $first, sort: NEWEST) {\n    ...ResourceRow\n  }\n  popular: learningResources(first: $first, sort: MOST_VIEWED) {\n    ...ResourceRow\n  }\n  upcoming: learningResources(first: $first, sort: UPCOMING_START) {\n    ...ResourceRow\n  }\n  topics {\n    id\n    name\n  }\n}\n\nfragment ResourceRow on LearningResourceConnection {\n  edges {\n    node {\n      ...ResourceCard\n    }\n  }\n}": typeof types.HomeCatalogDocument,
    "mutation LearningResourceViewRecord($id: ID!, $visitorKey: String!) {\n  learningResourceViewRecord(id: $id, visitorKey: $visitorKey) {\n    counted\n  }\n}": typeof types.LearningResourceViewRecordDocument,
    "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    fullDescription\n    url\n    image {\n      url\n      alt\n    }\n    offeredBy {\n      id\n      name\n    }\n    platform {\n      name\n    }\n    topics {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    certification\n    certificationType\n    professional\n    free\n    prices {\n      amount\n      currency\n    }\n    delivery\n    pace\n    format\n    availability\n    duration\n    timeCommitment\n    levels\n    languages\n    nextStartDate\n    runs {\n      runId\n      title\n      semester\n      year\n      startDate\n      endDate\n      enrollmentEnd\n      levels\n      prices {\n        amount\n        currency\n      }\n      instructors\n      delivery\n    }\n    members {\n      position\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n    memberOf {\n      id\n      title\n      resourceType\n    }\n  }\n}": typeof types.LearningResourceDocument,
    "query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {\n  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges {\n      node {\n        ...ResourceCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.LearningResourcesDocument,
    "query Offerors {\n  offerors {\n    id\n    name\n    description\n  }\n}": typeof types.OfferorsDocument,
    "fragment ResourceCard on LearningResource {\n  id\n  resourceType\n  title\n  description\n  image {\n    url\n    alt\n  }\n  offeredBy {\n    id\n    name\n  }\n  free\n  prices {\n    amount\n    currency\n  }\n  certification\n  certificationType\n  nextStartDate\n}": typeof types.ResourceCardFragmentDoc,
    "query ResourceNeighbours($id: ID!) {\n  learningResource(id: $id) {\n    id\n    similar(first: 6) {\n      ...ResourceCard\n    }\n    inLearningPaths(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          itemCount\n          followerCount\n        }\n      }\n    }\n  }\n}": typeof types.ResourceNeighboursDocument,
    "query SearchSuggestions($prefix: String!, $first: Int!) {\n  searchSuggestions(prefix: $prefix, first: $first)\n}": typeof types.SearchSuggestionsDocument,
    "query Search($input: SearchInput!, $first: Int!, $after: String) {\n  search(input: $input, first: $first, after: $after) {\n    totalCount\n    didYouMean\n    edges {\n      node {\n        ...ResourceCard\n      }\n      highlight {\n        title\n        description\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      resourceTypes {\n        ...FacetCount\n      }\n      resourceTypeGroups {\n        ...FacetCount\n      }\n      topics {\n        ...FacetCount\n      }\n      offerors {\n        ...FacetCount\n      }\n      platforms {\n        ...FacetCount\n      }\n      departments {\n        ...FacetCount\n      }\n      levels {\n        ...FacetCount\n      }\n      certification {\n        ...FacetCount\n      }\n      certificationTypes {\n        ...FacetCount\n      }\n      free {\n        ...FacetCount\n      }\n      professional {\n        ...FacetCount\n      }\n      delivery {\n        ...FacetCount\n      }\n      languages {\n        ...FacetCount\n      }\n    }\n  }\n}\n\nfragment FacetCount on SearchFacetValue {\n  value\n  label\n  count\n}": typeof types.SearchDocument,
    "query SitemapLearningPaths($first: Int!, $after: String) {\n  learningPaths(first: $first, after: $after, sort: NEWEST) {\n    edges {\n      node {\n        id\n        updatedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.SitemapLearningPathsDocument,
    "query SitemapResources($first: Int!, $after: String) {\n  learningResources(first: $first, after: $after, sort: NEWEST) {\n    edges {\n      node {\n        id\n        lastModified\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.SitemapResourcesDocument,
    "query Topic($id: ID!, $first: Int!, $after: String) {\n  topic(id: $id) {\n    id\n    name\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n    }\n    resources(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ResourceCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.TopicDocument,
    "query Topics {\n  topics {\n    id\n    name\n    children {\n      id\n      name\n    }\n  }\n}": typeof types.TopicsDocument,
};
const documents: Documents = {
    "query Departments {\n  departments {\n    id\n    name\n    school {\n      name\n    }\n  }\n}": types.DepartmentsDocument,
    "query FeaturedLearningPaths($first: Int!) {\n  learningPaths(first: $first, sort: MOST_FOLLOWED) {\n    edges {\n      node {\n        id\n        title\n        description\n        itemCount\n        followerCount\n      }\n    }\n  }\n}": types.FeaturedLearningPathsDocument,
    "query HomeCatalog($first: Int!) {\n  newest: learningResources(first: $first, sort: NEWEST) {\n    ...ResourceRow\n  }\n  popular: learningResources(first: $first, sort: MOST_VIEWED) {\n    ...ResourceRow\n  }\n  upcoming: learningResources(first: $first, sort: UPCOMING_START) {\n    ...ResourceRow\n  }\n  topics {\n    id\n    name\n  }\n}\n\nfragment ResourceRow on LearningResourceConnection {\n  edges {\n    node {\n      ...ResourceCard\n    }\n  }\n}": types.HomeCatalogDocument,
    "mutation LearningResourceViewRecord($id: ID!, $visitorKey: String!) {\n  learningResourceViewRecord(id: $id, visitorKey: $visitorKey) {\n    counted\n  }\n}": types.LearningResourceViewRecordDocument,
    "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    fullDescription\n    url\n    image {\n      url\n      alt\n    }\n    offeredBy {\n      id\n      name\n    }\n    platform {\n      name\n    }\n    topics {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    certification\n    certificationType\n    professional\n    free\n    prices {\n      amount\n      currency\n    }\n    delivery\n    pace\n    format\n    availability\n    duration\n    timeCommitment\n    levels\n    languages\n    nextStartDate\n    runs {\n      runId\n      title\n      semester\n      year\n      startDate\n      endDate\n      enrollmentEnd\n      levels\n      prices {\n        amount\n        currency\n      }\n      instructors\n      delivery\n    }\n    members {\n      position\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n    memberOf {\n      id\n      title\n      resourceType\n    }\n  }\n}": types.LearningResourceDocument,
    "query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {\n  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges {\n      node {\n        ...ResourceCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.LearningResourcesDocument,
    "query Offerors {\n  offerors {\n    id\n    name\n    description\n  }\n}": types.OfferorsDocument,
    "fragment ResourceCard on LearningResource {\n  id\n  resourceType\n  title\n  description\n  image {\n    url\n    alt\n  }\n  offeredBy {\n    id\n    name\n  }\n  free\n  prices {\n    amount\n    currency\n  }\n  certification\n  certificationType\n  nextStartDate\n}": types.ResourceCardFragmentDoc,
    "query ResourceNeighbours($id: ID!) {\n  learningResource(id: $id) {\n    id\n    similar(first: 6) {\n      ...ResourceCard\n    }\n    inLearningPaths(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          itemCount\n          followerCount\n        }\n      }\n    }\n  }\n}": types.ResourceNeighboursDocument,
    "query SearchSuggestions($prefix: String!, $first: Int!) {\n  searchSuggestions(prefix: $prefix, first: $first)\n}": types.SearchSuggestionsDocument,
    "query Search($input: SearchInput!, $first: Int!, $after: String) {\n  search(input: $input, first: $first, after: $after) {\n    totalCount\n    didYouMean\n    edges {\n      node {\n        ...ResourceCard\n      }\n      highlight {\n        title\n        description\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      resourceTypes {\n        ...FacetCount\n      }\n      resourceTypeGroups {\n        ...FacetCount\n      }\n      topics {\n        ...FacetCount\n      }\n      offerors {\n        ...FacetCount\n      }\n      platforms {\n        ...FacetCount\n      }\n      departments {\n        ...FacetCount\n      }\n      levels {\n        ...FacetCount\n      }\n      certification {\n        ...FacetCount\n      }\n      certificationTypes {\n        ...FacetCount\n      }\n      free {\n        ...FacetCount\n      }\n      professional {\n        ...FacetCount\n      }\n      delivery {\n        ...FacetCount\n      }\n      languages {\n        ...FacetCount\n      }\n    }\n  }\n}\n\nfragment FacetCount on SearchFacetValue {\n  value\n  label\n  count\n}": types.SearchDocument,
    "query SitemapLearningPaths($first: Int!, $after: String) {\n  learningPaths(first: $first, after: $after, sort: NEWEST) {\n    edges {\n      node {\n        id\n        updatedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.SitemapLearningPathsDocument,
    "query SitemapResources($first: Int!, $after: String) {\n  learningResources(first: $first, after: $after, sort: NEWEST) {\n    edges {\n      node {\n        id\n        lastModified\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.SitemapResourcesDocument,
    "query Topic($id: ID!, $first: Int!, $after: String) {\n  topic(id: $id) {\n    id\n    name\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n    }\n    resources(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ResourceCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.TopicDocument,
    "query Topics {\n  topics {\n    id\n    name\n    children {\n      id\n      name\n    }\n  }\n}": types.TopicsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Departments {\n  departments {\n    id\n    name\n    school {\n      name\n    }\n  }\n}"): typeof import('./graphql').DepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeaturedLearningPaths($first: Int!) {\n  learningPaths(first: $first, sort: MOST_FOLLOWED) {\n    edges {\n      node {\n        id\n        title\n        description\n        itemCount\n        followerCount\n      }\n    }\n  }\n}"): typeof import('./graphql').FeaturedLearningPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomeCatalog($first: Int!) {\n  newest: learningResources(first: $first, sort: NEWEST) {\n    ...ResourceRow\n  }\n  popular: learningResources(first: $first, sort: MOST_VIEWED) {\n    ...ResourceRow\n  }\n  upcoming: learningResources(first: $first, sort: UPCOMING_START) {\n    ...ResourceRow\n  }\n  topics {\n    id\n    name\n  }\n}\n\nfragment ResourceRow on LearningResourceConnection {\n  edges {\n    node {\n      ...ResourceCard\n    }\n  }\n}"): typeof import('./graphql').HomeCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningResourceViewRecord($id: ID!, $visitorKey: String!) {\n  learningResourceViewRecord(id: $id, visitorKey: $visitorKey) {\n    counted\n  }\n}"): typeof import('./graphql').LearningResourceViewRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    fullDescription\n    url\n    image {\n      url\n      alt\n    }\n    offeredBy {\n      id\n      name\n    }\n    platform {\n      name\n    }\n    topics {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    certification\n    certificationType\n    professional\n    free\n    prices {\n      amount\n      currency\n    }\n    delivery\n    pace\n    format\n    availability\n    duration\n    timeCommitment\n    levels\n    languages\n    nextStartDate\n    runs {\n      runId\n      title\n      semester\n      year\n      startDate\n      endDate\n      enrollmentEnd\n      levels\n      prices {\n        amount\n        currency\n      }\n      instructors\n      delivery\n    }\n    members {\n      position\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n    memberOf {\n      id\n      title\n      resourceType\n    }\n  }\n}"): typeof import('./graphql').LearningResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {\n  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges {\n      node {\n        ...ResourceCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql').LearningResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Offerors {\n  offerors {\n    id\n    name\n    description\n  }\n}"): typeof import('./graphql').OfferorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ResourceCard on LearningResource {\n  id\n  resourceType\n  title\n  description\n  image {\n    url\n    alt\n  }\n  offeredBy {\n    id\n    name\n  }\n  free\n  prices {\n    amount\n    currency\n  }\n  certification\n  certificationType\n  nextStartDate\n}"): typeof import('./graphql').ResourceCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourceNeighbours($id: ID!) {\n  learningResource(id: $id) {\n    id\n    similar(first: 6) {\n      ...ResourceCard\n    }\n    inLearningPaths(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          itemCount\n          followerCount\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').ResourceNeighboursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchSuggestions($prefix: String!, $first: Int!) {\n  searchSuggestions(prefix: $prefix, first: $first)\n}"): typeof import('./graphql').SearchSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($input: SearchInput!, $first: Int!, $after: String) {\n  search(input: $input, first: $first, after: $after) {\n    totalCount\n    didYouMean\n    edges {\n      node {\n        ...ResourceCard\n      }\n      highlight {\n        title\n        description\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      resourceTypes {\n        ...FacetCount\n      }\n      resourceTypeGroups {\n        ...FacetCount\n      }\n      topics {\n        ...FacetCount\n      }\n      offerors {\n        ...FacetCount\n      }\n      platforms {\n        ...FacetCount\n      }\n      departments {\n        ...FacetCount\n      }\n      levels {\n        ...FacetCount\n      }\n      certification {\n        ...FacetCount\n      }\n      certificationTypes {\n        ...FacetCount\n      }\n      free {\n        ...FacetCount\n      }\n      professional {\n        ...FacetCount\n      }\n      delivery {\n        ...FacetCount\n      }\n      languages {\n        ...FacetCount\n      }\n    }\n  }\n}\n\nfragment FacetCount on SearchFacetValue {\n  value\n  label\n  count\n}"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SitemapLearningPaths($first: Int!, $after: String) {\n  learningPaths(first: $first, after: $after, sort: NEWEST) {\n    edges {\n      node {\n        id\n        updatedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql').SitemapLearningPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SitemapResources($first: Int!, $after: String) {\n  learningResources(first: $first, after: $after, sort: NEWEST) {\n    edges {\n      node {\n        id\n        lastModified\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql').SitemapResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Topic($id: ID!, $first: Int!, $after: String) {\n  topic(id: $id) {\n    id\n    name\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n    }\n    resources(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ResourceCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): typeof import('./graphql').TopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Topics {\n  topics {\n    id\n    name\n    children {\n      id\n      name\n    }\n  }\n}"): typeof import('./graphql').TopicsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
