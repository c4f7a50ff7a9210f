import { gql, gqlAs, type HostileCase } from './hostile-case.js';

const broken = 'API2:2023 Broken authentication';
const functionLevel = 'API5:2023 Broken function level authorization';
const propertyLevel = 'API3:2023 Broken object property level authorization';
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
  {
    name: "an anonymous learner's path",
    category: functionLevel,
    request: gql('mutation { createLearningPath(input: { title: "Mine", resourceIds: [] }) { id } }'),
    expect: { status: 200, code: 'UNAUTHENTICATED' },
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
