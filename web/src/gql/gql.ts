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
    "query Departments {\n  departments {\n    id\n    name\n    school {\n      name\n    }\n  }\n}": typeof types.DepartmentsDocument,
    "mutation FavoriteAdd($resourceId: ID!) {\n  favoriteAdd(resourceId: $resourceId) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.FavoriteAddDocument,
    "mutation FavoriteRemove($resourceId: ID!) {\n  favoriteRemove(resourceId: $resourceId) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.FavoriteRemoveDocument,
    "query FeaturedLearningPaths($first: Int!) {\n  learningPaths(first: $first, sort: MOST_FOLLOWED) {\n    edges {\n      node {\n        id\n        title\n        description\n        itemCount\n        followerCount\n      }\n    }\n  }\n}": typeof types.FeaturedLearningPathsDocument,
    "query HomeCatalog($first: Int!) {\n  newest: learningResources(first: $first, sort: NEWEST) {\n    ...ResourceRow\n  }\n  popular: learningResources(first: $first, sort: MOST_VIEWED) {\n    ...ResourceRow\n  }\n  upcoming: learningResources(first: $first, sort: UPCOMING_START) {\n    ...ResourceRow\n  }\n  topics {\n    id\n    name\n  }\n}\n\nfragment ResourceRow on LearningResourceConnection {\n  edges {\n    node {\n      ...ResourceCard\n    }\n  }\n}": typeof types.HomeCatalogDocument,
    "mutation LearningPathCreate($input: LearningPathCreateInput!) {\n  learningPathCreate(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.LearningPathCreateDocument,
    "mutation LearningPathFollow($id: ID!) {\n  learningPathFollow(id: $id) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.LearningPathFollowDocument,
    "mutation LearningPathItemAdd($input: LearningPathItemAddInput!) {\n  learningPathItemAdd(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.LearningPathItemAddDocument,
    "mutation LearningPathItemComplete($input: LearningPathItemProgressInput!) {\n  learningPathItemComplete(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.LearningPathItemCompleteDocument,
    "mutation LearningPathItemMove($input: LearningPathItemMoveInput!) {\n  learningPathItemMove(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.LearningPathItemMoveDocument,
    "mutation LearningPathItemRemove($input: LearningPathItemRemoveInput!) {\n  learningPathItemRemove(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.LearningPathItemRemoveDocument,
    "mutation LearningPathItemUncomplete($input: LearningPathItemProgressInput!) {\n  learningPathItemUncomplete(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.LearningPathItemUncompleteDocument,
    "mutation LearningPathItemUpdate($input: LearningPathItemUpdateInput!) {\n  learningPathItemUpdate(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.LearningPathItemUpdateDocument,
    "mutation LearningPathUnfollow($id: ID!) {\n  learningPathUnfollow(id: $id) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.LearningPathUnfollowDocument,
    "mutation LearningPathUpdate($input: LearningPathUpdateInput!) {\n  learningPathUpdate(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.LearningPathUpdateDocument,
    "query LearningPath($id: ID!) {\n  learningPath(id: $id) {\n    id\n    title\n    description\n    visibility\n    version\n    followerCount\n    viewerCanEdit\n    isFollowing\n    author {\n      name\n      displayName\n    }\n    progress {\n      done\n      total\n      percent\n      nextItem {\n        position\n        resource {\n          id\n          title\n        }\n      }\n    }\n    items {\n      position\n      note\n      required\n      available\n      done\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n  }\n}": typeof types.LearningPathDocument,
    "query LearningPaths($first: Int!, $after: String, $sort: LearningPathSort!) {\n  learningPaths(first: $first, after: $after, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        description\n        itemCount\n        followerCount\n        author {\n          name\n          displayName\n        }\n      }\n    }\n  }\n}": typeof types.LearningPathsDocument,
    "mutation LearningResourceViewRecord($id: ID!, $visitorKey: String!) {\n  learningResourceViewRecord(id: $id, visitorKey: $visitorKey) {\n    counted\n  }\n}": typeof types.LearningResourceViewRecordDocument,
    "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    fullDescription\n    url\n    image {\n      url\n      alt\n    }\n    offeredBy {\n      id\n      name\n    }\n    platform {\n      name\n    }\n    topics {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    certification\n    certificationType\n    professional\n    free\n    prices {\n      amount\n      currency\n    }\n    delivery\n    pace\n    format\n    availability\n    duration\n    timeCommitment\n    levels\n    languages\n    nextStartDate\n    runs {\n      runId\n      title\n      semester\n      year\n      startDate\n      endDate\n      enrollmentEnd\n      levels\n      prices {\n        amount\n        currency\n      }\n      instructors\n      delivery\n    }\n    members {\n      position\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n    memberOf {\n      id\n      title\n      resourceType\n    }\n  }\n}": typeof types.LearningResourceDocument,
    "query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {\n  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges {\n      node {\n        ...ResourceCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.LearningResourcesDocument,
    "query MyFavorites($first: Int!, $after: String) {\n  me {\n    favorites(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        addedAt\n        node {\n          id\n          title\n          resourceType\n        }\n      }\n    }\n  }\n}": typeof types.MyFavoritesDocument,
    "query MyPaths {\n  me {\n    learningPaths(first: 100) {\n      ...MyPathList\n    }\n    followedPaths(first: 100) {\n      ...MyPathList\n    }\n  }\n}\n\nfragment MyPathList on LearningPathConnection {\n  totalCount\n  edges {\n    node {\n      id\n      title\n      visibility\n      itemCount\n      progress {\n        percent\n      }\n    }\n  }\n}": typeof types.MyPathsDocument,
    "query Offerors {\n  offerors {\n    id\n    name\n    description\n  }\n}": typeof types.OfferorsDocument,
    "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    success\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.ProfileUpdateDocument,
    "query ResourceCandidates($query: String!) {\n  search(first: 10, input: {query: $query}) {\n    edges {\n      node {\n        id\n        title\n        resourceType\n      }\n    }\n  }\n}": typeof types.ResourceCandidatesDocument,
    "fragment ResourceCard on LearningResource {\n  id\n  resourceType\n  title\n  description\n  image {\n    url\n    alt\n  }\n  offeredBy {\n    id\n    name\n  }\n  free\n  prices {\n    amount\n    currency\n  }\n  certification\n  certificationType\n  nextStartDate\n}": typeof types.ResourceCardFragmentDoc,
    "query ResourceNeighbours($id: ID!) {\n  learningResource(id: $id) {\n    id\n    similar(first: 6) {\n      ...ResourceCard\n    }\n    inLearningPaths(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          itemCount\n          followerCount\n        }\n      }\n    }\n  }\n}": typeof types.ResourceNeighboursDocument,
    "query ResourceViewerState($id: ID!) {\n  learningResource(id: $id) {\n    id\n    isFavorite\n  }\n  me {\n    learningPaths(first: 100) {\n      edges {\n        node {\n          id\n          title\n          viewerCanEdit\n        }\n      }\n    }\n  }\n}": typeof types.ResourceViewerStateDocument,
    "query SearchSuggestions($prefix: String!, $first: Int!) {\n  searchSuggestions(prefix: $prefix, first: $first)\n}": typeof types.SearchSuggestionsDocument,
    "query Search($input: SearchInput!, $first: Int!, $after: String) {\n  search(input: $input, first: $first, after: $after) {\n    totalCount\n    didYouMean\n    edges {\n      node {\n        ...ResourceCard\n      }\n      highlight {\n        title\n        description\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      resourceTypes {\n        ...FacetCount\n      }\n      resourceTypeGroups {\n        ...FacetCount\n      }\n      topics {\n        ...FacetCount\n      }\n      offerors {\n        ...FacetCount\n      }\n      platforms {\n        ...FacetCount\n      }\n      departments {\n        ...FacetCount\n      }\n      levels {\n        ...FacetCount\n      }\n      certification {\n        ...FacetCount\n      }\n      certificationTypes {\n        ...FacetCount\n      }\n      free {\n        ...FacetCount\n      }\n      professional {\n        ...FacetCount\n      }\n      delivery {\n        ...FacetCount\n      }\n      languages {\n        ...FacetCount\n      }\n    }\n  }\n}\n\nfragment FacetCount on SearchFacetValue {\n  value\n  label\n  count\n}": typeof types.SearchDocument,
    "mutation SessionCreate($input: SessionCreateInput!) {\n  sessionCreate(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": typeof types.SessionCreateDocument,
    "mutation SessionDelete($input: SessionDeleteInput!) {\n  sessionDelete(input: $input) {\n    success\n  }\n}": typeof types.SessionDeleteDocument,
    "mutation SessionRefresh($input: SessionRefreshInput!) {\n  sessionRefresh(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n}": typeof types.SessionRefreshDocument,
    "query SitemapLearningPaths($first: Int!, $after: String) {\n  learningPaths(first: $first, after: $after, sort: NEWEST) {\n    edges {\n      node {\n        id\n        updatedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.SitemapLearningPathsDocument,
    "query SitemapResources($first: Int!, $after: String) {\n  learningResources(first: $first, after: $after, sort: NEWEST) {\n    edges {\n      node {\n        id\n        lastModified\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.SitemapResourcesDocument,
    "query Topic($id: ID!, $first: Int!, $after: String) {\n  topic(id: $id) {\n    id\n    name\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n    }\n    resources(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ResourceCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.TopicDocument,
    "query Topics {\n  topics {\n    id\n    name\n    children {\n      id\n      name\n    }\n  }\n}": typeof types.TopicsDocument,
    "query Viewer {\n  me {\n    id\n    name\n    displayName\n    email\n    interests {\n      id\n    }\n  }\n  topics {\n    id\n    name\n    children {\n      id\n      name\n    }\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "mutation AccountCreate($input: AccountCreateInput!) {\n  accountCreate(input: $input) {\n    success\n    errors {\n      code\n      field\n    }\n  }\n}": types.AccountCreateDocument,
    "mutation AccountVerify($input: AccountVerifyInput!) {\n  accountVerify(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.AccountVerifyDocument,
    "query Departments {\n  departments {\n    id\n    name\n    school {\n      name\n    }\n  }\n}": types.DepartmentsDocument,
    "mutation FavoriteAdd($resourceId: ID!) {\n  favoriteAdd(resourceId: $resourceId) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.FavoriteAddDocument,
    "mutation FavoriteRemove($resourceId: ID!) {\n  favoriteRemove(resourceId: $resourceId) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.FavoriteRemoveDocument,
    "query FeaturedLearningPaths($first: Int!) {\n  learningPaths(first: $first, sort: MOST_FOLLOWED) {\n    edges {\n      node {\n        id\n        title\n        description\n        itemCount\n        followerCount\n      }\n    }\n  }\n}": types.FeaturedLearningPathsDocument,
    "query HomeCatalog($first: Int!) {\n  newest: learningResources(first: $first, sort: NEWEST) {\n    ...ResourceRow\n  }\n  popular: learningResources(first: $first, sort: MOST_VIEWED) {\n    ...ResourceRow\n  }\n  upcoming: learningResources(first: $first, sort: UPCOMING_START) {\n    ...ResourceRow\n  }\n  topics {\n    id\n    name\n  }\n}\n\nfragment ResourceRow on LearningResourceConnection {\n  edges {\n    node {\n      ...ResourceCard\n    }\n  }\n}": types.HomeCatalogDocument,
    "mutation LearningPathCreate($input: LearningPathCreateInput!) {\n  learningPathCreate(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.LearningPathCreateDocument,
    "mutation LearningPathFollow($id: ID!) {\n  learningPathFollow(id: $id) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.LearningPathFollowDocument,
    "mutation LearningPathItemAdd($input: LearningPathItemAddInput!) {\n  learningPathItemAdd(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.LearningPathItemAddDocument,
    "mutation LearningPathItemComplete($input: LearningPathItemProgressInput!) {\n  learningPathItemComplete(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.LearningPathItemCompleteDocument,
    "mutation LearningPathItemMove($input: LearningPathItemMoveInput!) {\n  learningPathItemMove(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.LearningPathItemMoveDocument,
    "mutation LearningPathItemRemove($input: LearningPathItemRemoveInput!) {\n  learningPathItemRemove(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.LearningPathItemRemoveDocument,
    "mutation LearningPathItemUncomplete($input: LearningPathItemProgressInput!) {\n  learningPathItemUncomplete(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.LearningPathItemUncompleteDocument,
    "mutation LearningPathItemUpdate($input: LearningPathItemUpdateInput!) {\n  learningPathItemUpdate(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.LearningPathItemUpdateDocument,
    "mutation LearningPathUnfollow($id: ID!) {\n  learningPathUnfollow(id: $id) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.LearningPathUnfollowDocument,
    "mutation LearningPathUpdate($input: LearningPathUpdateInput!) {\n  learningPathUpdate(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.LearningPathUpdateDocument,
    "query LearningPath($id: ID!) {\n  learningPath(id: $id) {\n    id\n    title\n    description\n    visibility\n    version\n    followerCount\n    viewerCanEdit\n    isFollowing\n    author {\n      name\n      displayName\n    }\n    progress {\n      done\n      total\n      percent\n      nextItem {\n        position\n        resource {\n          id\n          title\n        }\n      }\n    }\n    items {\n      position\n      note\n      required\n      available\n      done\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n  }\n}": types.LearningPathDocument,
    "query LearningPaths($first: Int!, $after: String, $sort: LearningPathSort!) {\n  learningPaths(first: $first, after: $after, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        description\n        itemCount\n        followerCount\n        author {\n          name\n          displayName\n        }\n      }\n    }\n  }\n}": types.LearningPathsDocument,
    "mutation LearningResourceViewRecord($id: ID!, $visitorKey: String!) {\n  learningResourceViewRecord(id: $id, visitorKey: $visitorKey) {\n    counted\n  }\n}": types.LearningResourceViewRecordDocument,
    "query LearningResource($id: ID!) {\n  learningResource(id: $id) {\n    id\n    resourceType\n    title\n    description\n    fullDescription\n    url\n    image {\n      url\n      alt\n    }\n    offeredBy {\n      id\n      name\n    }\n    platform {\n      name\n    }\n    topics {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n    certification\n    certificationType\n    professional\n    free\n    prices {\n      amount\n      currency\n    }\n    delivery\n    pace\n    format\n    availability\n    duration\n    timeCommitment\n    levels\n    languages\n    nextStartDate\n    runs {\n      runId\n      title\n      semester\n      year\n      startDate\n      endDate\n      enrollmentEnd\n      levels\n      prices {\n        amount\n        currency\n      }\n      instructors\n      delivery\n    }\n    members {\n      position\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n    memberOf {\n      id\n      title\n      resourceType\n    }\n  }\n}": types.LearningResourceDocument,
    "query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {\n  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    edges {\n      node {\n        ...ResourceCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.LearningResourcesDocument,
    "query MyFavorites($first: Int!, $after: String) {\n  me {\n    favorites(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        addedAt\n        node {\n          id\n          title\n          resourceType\n        }\n      }\n    }\n  }\n}": types.MyFavoritesDocument,
    "query MyPaths {\n  me {\n    learningPaths(first: 100) {\n      ...MyPathList\n    }\n    followedPaths(first: 100) {\n      ...MyPathList\n    }\n  }\n}\n\nfragment MyPathList on LearningPathConnection {\n  totalCount\n  edges {\n    node {\n      id\n      title\n      visibility\n      itemCount\n      progress {\n        percent\n      }\n    }\n  }\n}": types.MyPathsDocument,
    "query Offerors {\n  offerors {\n    id\n    name\n    description\n  }\n}": types.OfferorsDocument,
    "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    success\n    errors {\n      code\n      field\n    }\n  }\n}": types.ProfileUpdateDocument,
    "query ResourceCandidates($query: String!) {\n  search(first: 10, input: {query: $query}) {\n    edges {\n      node {\n        id\n        title\n        resourceType\n      }\n    }\n  }\n}": types.ResourceCandidatesDocument,
    "fragment ResourceCard on LearningResource {\n  id\n  resourceType\n  title\n  description\n  image {\n    url\n    alt\n  }\n  offeredBy {\n    id\n    name\n  }\n  free\n  prices {\n    amount\n    currency\n  }\n  certification\n  certificationType\n  nextStartDate\n}": types.ResourceCardFragmentDoc,
    "query ResourceNeighbours($id: ID!) {\n  learningResource(id: $id) {\n    id\n    similar(first: 6) {\n      ...ResourceCard\n    }\n    inLearningPaths(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          itemCount\n          followerCount\n        }\n      }\n    }\n  }\n}": types.ResourceNeighboursDocument,
    "query ResourceViewerState($id: ID!) {\n  learningResource(id: $id) {\n    id\n    isFavorite\n  }\n  me {\n    learningPaths(first: 100) {\n      edges {\n        node {\n          id\n          title\n          viewerCanEdit\n        }\n      }\n    }\n  }\n}": types.ResourceViewerStateDocument,
    "query SearchSuggestions($prefix: String!, $first: Int!) {\n  searchSuggestions(prefix: $prefix, first: $first)\n}": types.SearchSuggestionsDocument,
    "query Search($input: SearchInput!, $first: Int!, $after: String) {\n  search(input: $input, first: $first, after: $after) {\n    totalCount\n    didYouMean\n    edges {\n      node {\n        ...ResourceCard\n      }\n      highlight {\n        title\n        description\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      resourceTypes {\n        ...FacetCount\n      }\n      resourceTypeGroups {\n        ...FacetCount\n      }\n      topics {\n        ...FacetCount\n      }\n      offerors {\n        ...FacetCount\n      }\n      platforms {\n        ...FacetCount\n      }\n      departments {\n        ...FacetCount\n      }\n      levels {\n        ...FacetCount\n      }\n      certification {\n        ...FacetCount\n      }\n      certificationTypes {\n        ...FacetCount\n      }\n      free {\n        ...FacetCount\n      }\n      professional {\n        ...FacetCount\n      }\n      delivery {\n        ...FacetCount\n      }\n      languages {\n        ...FacetCount\n      }\n    }\n  }\n}\n\nfragment FacetCount on SearchFacetValue {\n  value\n  label\n  count\n}": types.SearchDocument,
    "mutation SessionCreate($input: SessionCreateInput!) {\n  sessionCreate(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n    errors {\n      code\n      field\n    }\n  }\n}": types.SessionCreateDocument,
    "mutation SessionDelete($input: SessionDeleteInput!) {\n  sessionDelete(input: $input) {\n    success\n  }\n}": types.SessionDeleteDocument,
    "mutation SessionRefresh($input: SessionRefreshInput!) {\n  sessionRefresh(input: $input) {\n    success\n    record {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n}": types.SessionRefreshDocument,
    "query SitemapLearningPaths($first: Int!, $after: String) {\n  learningPaths(first: $first, after: $after, sort: NEWEST) {\n    edges {\n      node {\n        id\n        updatedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.SitemapLearningPathsDocument,
    "query SitemapResources($first: Int!, $after: String) {\n  learningResources(first: $first, after: $after, sort: NEWEST) {\n    edges {\n      node {\n        id\n        lastModified\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.SitemapResourcesDocument,
    "query Topic($id: ID!, $first: Int!, $after: String) {\n  topic(id: $id) {\n    id\n    name\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n    }\n    resources(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ResourceCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.TopicDocument,
    "query Topics {\n  topics {\n    id\n    name\n    children {\n      id\n      name\n    }\n  }\n}": types.TopicsDocument,
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
export function graphql(source: "query Departments {\n  departments {\n    id\n    name\n    school {\n      name\n    }\n  }\n}"): typeof import('./graphql').DepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FavoriteAdd($resourceId: ID!) {\n  favoriteAdd(resourceId: $resourceId) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').FavoriteAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FavoriteRemove($resourceId: ID!) {\n  favoriteRemove(resourceId: $resourceId) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').FavoriteRemoveDocument;
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
export function graphql(source: "mutation LearningPathCreate($input: LearningPathCreateInput!) {\n  learningPathCreate(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').LearningPathCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningPathFollow($id: ID!) {\n  learningPathFollow(id: $id) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').LearningPathFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningPathItemAdd($input: LearningPathItemAddInput!) {\n  learningPathItemAdd(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').LearningPathItemAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningPathItemComplete($input: LearningPathItemProgressInput!) {\n  learningPathItemComplete(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').LearningPathItemCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningPathItemMove($input: LearningPathItemMoveInput!) {\n  learningPathItemMove(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').LearningPathItemMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningPathItemRemove($input: LearningPathItemRemoveInput!) {\n  learningPathItemRemove(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').LearningPathItemRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningPathItemUncomplete($input: LearningPathItemProgressInput!) {\n  learningPathItemUncomplete(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').LearningPathItemUncompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningPathItemUpdate($input: LearningPathItemUpdateInput!) {\n  learningPathItemUpdate(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').LearningPathItemUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningPathUnfollow($id: ID!) {\n  learningPathUnfollow(id: $id) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').LearningPathUnfollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LearningPathUpdate($input: LearningPathUpdateInput!) {\n  learningPathUpdate(input: $input) {\n    success\n    record {\n      id\n    }\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').LearningPathUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningPath($id: ID!) {\n  learningPath(id: $id) {\n    id\n    title\n    description\n    visibility\n    version\n    followerCount\n    viewerCanEdit\n    isFollowing\n    author {\n      name\n      displayName\n    }\n    progress {\n      done\n      total\n      percent\n      nextItem {\n        position\n        resource {\n          id\n          title\n        }\n      }\n    }\n    items {\n      position\n      note\n      required\n      available\n      done\n      resource {\n        id\n        title\n        resourceType\n      }\n    }\n  }\n}"): typeof import('./graphql').LearningPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearningPaths($first: Int!, $after: String, $sort: LearningPathSort!) {\n  learningPaths(first: $first, after: $after, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        description\n        itemCount\n        followerCount\n        author {\n          name\n          displayName\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').LearningPathsDocument;
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
export function graphql(source: "query MyFavorites($first: Int!, $after: String) {\n  me {\n    favorites(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        addedAt\n        node {\n          id\n          title\n          resourceType\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').MyFavoritesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPaths {\n  me {\n    learningPaths(first: 100) {\n      ...MyPathList\n    }\n    followedPaths(first: 100) {\n      ...MyPathList\n    }\n  }\n}\n\nfragment MyPathList on LearningPathConnection {\n  totalCount\n  edges {\n    node {\n      id\n      title\n      visibility\n      itemCount\n      progress {\n        percent\n      }\n    }\n  }\n}"): typeof import('./graphql').MyPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Offerors {\n  offerors {\n    id\n    name\n    description\n  }\n}"): typeof import('./graphql').OfferorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    success\n    errors {\n      code\n      field\n    }\n  }\n}"): typeof import('./graphql').ProfileUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourceCandidates($query: String!) {\n  search(first: 10, input: {query: $query}) {\n    edges {\n      node {\n        id\n        title\n        resourceType\n      }\n    }\n  }\n}"): typeof import('./graphql').ResourceCandidatesDocument;
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
export function graphql(source: "query ResourceViewerState($id: ID!) {\n  learningResource(id: $id) {\n    id\n    isFavorite\n  }\n  me {\n    learningPaths(first: 100) {\n      edges {\n        node {\n          id\n          title\n          viewerCanEdit\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').ResourceViewerStateDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  me {\n    id\n    name\n    displayName\n    email\n    interests {\n      id\n    }\n  }\n  topics {\n    id\n    name\n    children {\n      id\n      name\n    }\n  }\n}"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
