import { gql, gqlAs, type HostileCase } from './hostile-case.js';

const broken = 'API2:2023 Broken authentication';
const functionLevel = 'API5:2023 Broken function level authorization';
const propertyLevel = 'API3:2023 Broken object property level authorization';
const objectLevel = 'API1:2023 Broken object level authorization';
const me = '{ me { id } }';
const withAuthorization = (authorization: string) => gql(me, {}, { headers: { authorization } });

const malformedAuthorization: HostileCase[] = [
  'Bearer',
  'Bearer ',
  'Basic dXNlcjpwYXNz',
  'Bearer not.a.token',
  'Bearer a.b',
  `Bearer ${'x'.repeat(8_000)}`,
  'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIwMTkwYjJhMC0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDEiLCJyb2xlcyI6WyJBRE1JTiJdfQ.',
  'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiQURNSU4iXX0.c2lnbmF0dXJl',
].map((authorization) => ({
  name: `an Authorization header of ${JSON.stringify(authorization.slice(0, 40))}${authorization.length > 40 ? '…' : ''}`,
  category: broken,
  request: withAuthorization(authorization),
  expect: { status: 401, code: 'UNAUTHENTICATED' },
}));

const editorMutations = [
  'mutation { learningResourceUnpublish(id: "0190b2a0-0000-7000-8000-000000000001") { success } }',
  'mutation { learningResourceCreate(input: { title: "x" }) { success } }',
  'mutation { learningResourceUpdate(id: "0190b2a0-0000-7000-8000-000000000001", input: { title: "x" }) { success } }',
];

const somePathId = '0190b2a0-0000-7000-8000-0000000000f1';
const someResourceId = '0190b2a0-0000-7000-8000-0000000000f2';

const pathMutations = [
  'mutation { learningPathCreate(input: { title: "Mine" }) { success } }',
  `mutation { learningPathItemMove(input: { pathId: "${somePathId}", resourceId: "${someResourceId}", position: 1 }) { success } }`,
  `mutation { learningPathCopy(input: { id: "${somePathId}" }) { success } }`,
  `mutation { favoriteAdd(resourceId: "${someResourceId}") { success } }`,
];

/** Callers that are not who they claim, or claim more than they may do. */
export const auth: HostileCase[] = [
  ...malformedAuthorization,
  {
    name: 'a token signed with a key the system does not know',
    category: broken,
    request: (context) => gqlAs(context.forgedToken, me),
    expect: { status: 401, code: 'UNAUTHENTICATED' },
  },
  {
    name: 'an expired token',
    category: broken,
    request: (context) => gqlAs(context.expiredToken, me),
    expect: { status: 401, code: 'UNAUTHENTICATED' },
  },
  {
    name: 'a token for another audience',
    category: broken,
    request: (context) => gqlAs(context.foreignAudienceToken, me),
    expect: { status: 401, code: 'UNAUTHENTICATED' },
  },
  {
    name: 'a token in the query string instead of the header',
    category: broken,
    request: (context) => ({
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(me)}&access_token=${context.learnerToken}`,
      headers: { 'apollo-require-preflight': 'true' },
    }),
    expect: { status: 200, without: ['"id"'] },
  },
  ...editorMutations.flatMap((mutation): HostileCase[] => [
    {
      name: `an anonymous ${mutation.slice(11, 36)}…`,
      category: functionLevel,
      request: gql(mutation),
      expect: { status: [200, 400] },
    },
    {
      name: `a learner's ${mutation.slice(11, 36)}…`,
      category: functionLevel,
      request: (context) => gqlAs(context.learnerToken, mutation),
      expect: { status: [200, 400] },
    },
  ]),
  ...pathMutations.map(
    (mutation): HostileCase => ({
      name: `an anonymous ${mutation.slice(11, 40)}…`,
      category: functionLevel,
      request: gql(mutation),
      expect: { status: 200, code: 'UNAUTHENTICATED' },
    }),
  ),
  {
    name: "a learner's learningPathHide, an administrator's mutation",
    category: functionLevel,
    request: (context) => gqlAs(context.learnerToken, `mutation { learningPathHide(id: "${somePathId}") { success } }`),
    // the router refuses it by role (`@requiresScopes`) before any path is looked up, so no existence leaks
    expect: { status: 200, code: 'FORBIDDEN' },
  },
  {
    name: "a learner's update of a path that is not theirs",
    category: objectLevel,
    request: (context) =>
      gqlAs(
        context.learnerToken,
        `mutation { learningPathUpdate(input: { id: "${somePathId}", title: "Mine" }) { success } }`,
      ),
    expect: { status: 200, code: 'NOT_FOUND' },
  },
  {
    name: "every path author's favourites and followed paths, through the public path list",
    category: objectLevel,
    request: (context) =>
      gqlAs(
        context.learnerToken,
        '{ learningPaths(first: 5) { edges { node { author { favorites { totalCount } followedPaths { totalCount } continueLearning { id } } } } } }',
      ),
    expect: { status: 200 },
  },
  {
    name: "a resource's paths, private ones hoped for, with a page of 100",
    category: objectLevel,
    request: (context) =>
      gqlAs(
        context.learnerToken,
        `{ learningResource(id: "${someResourceId}") { inLearningPaths(first: 100) { totalCount edges { node { visibility } } } } }`,
      ),
    expect: { status: 200 },
  },
  {
    name: 'an unpublish of a real resource by a learner',
    category: functionLevel,
    request: (context) =>
      gqlAs(context.learnerToken, 'mutation ($id: ID!) { learningResourceUnpublish(id: $id) { success } }', {
        id: context.resourceId,
      }),
    expect: { status: 200, code: 'FORBIDDEN' },
  },
  {
    name: "an anonymous request for the signed-in user's email",
    category: propertyLevel,
    request: gql('{ me { email } }'),
    expect: { status: 200 },
  },
  {
    name: 'the users behind every learning path, with their emails',
    category: propertyLevel,
    request: gql('{ learningPaths(first: 100) { edges { node { author { id email } } } } }'),
    expect: { status: 200 },
  },
];
