import { cursor, gql, gqlAs, type HostileCase } from './hostile-case.js';

const category = 'API8:2023 Security misconfiguration: values that must never reach SQL';
const someId = '0190b2a0-0000-7000-8000-000000000001';

const list = (sort: string, after: string) =>
  gql(
    'query ($sort: LearningResourceSort!, $after: String) { learningResources(sort: $sort, first: 1, after: $after) { totalCount } }',
    {
      sort,
      after,
    },
  );

const badCatalogCursors: HostileCase[] = [
  ['NEWEST', '2024-13-45 10:00:00+00'],
  ['NEWEST', 'not a time'],
  ['NEWEST', '99999-01-01 00:00:00+00'],
  ['RECENTLY_MODIFIED', '2024-02-30 10:00:00+00'],
  ['UPCOMING_START', '0000-01-01 00:00:00+00'],
  ['UPCOMING_START', 'infinityy'],
  ['MOST_VIEWED', '1e99'],
  ['MOST_VIEWED', '99999999999'],
  ['MOST_VIEWED', '12.5'],
  ['TITLE', 'a\u0000b'],
  ['TITLE', '\ud800'],
].map(([sort, key]) => ({
  name: `a catalog cursor for ${sort} whose key is ${JSON.stringify(key)}`,
  category,
  request: list(sort as string, cursor([sort, key, someId])),
  expect: { status: 200, code: 'BAD_USER_INPUT' },
}));

const badShapedCursors: HostileCase[] = [
  ['not base64 at all', '!!!'],
  ['base64 of a JSON object', Buffer.from('{"a":1}').toString('base64url')],
  ['base64 of an empty array', cursor([])],
  ['a cursor whose id is not a UUID', cursor(['NEWEST', '2024-01-15 10:00:00+00', "x' OR 1=1 --"])],
  ['a cursor of another sort', cursor(['TITLE', 'abc', someId])],
  ['a 10,000-character cursor', 'A'.repeat(10_000)],
].map(([what, after]) => ({
  name: `${what} as a catalog cursor`,
  category,
  request: list('NEWEST', after as string),
  expect: { status: 200, code: 'BAD_USER_INPUT' },
}));

const badPathCursors: HostileCase[] = ['-100000-01-01T00:00:00.000Z', 'March 7, 2024', '2024-02-30T00:00:00.000Z'].map(
  (createdAt) => ({
    name: `a learning-paths cursor whose time is ${JSON.stringify(createdAt)}`,
    category,
    request: gql('query ($after: String) { learningPaths(after: $after) { totalCount } }', {
      after: cursor([createdAt, someId]),
    }),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  }),
);

const badPathInput: HostileCase[] = [
  [
    'a path item at position 2^31',
    `mutation { learningPathItemMove(input: { pathId: "${someId}", resourceId: "${someId}", position: 2147483648 }) { success } }`,
    400,
  ],
  [
    'a most-followed cursor holding SQL',
    'query ($after: String) { learningPaths(sort: MOST_FOLLOWED, after: $after) { totalCount } }',
    200,
  ],
  ['a path id holding SQL', `mutation { learningPathFollow(id: "' OR 1=1 --") { success } }`, 200],
].map(([name, query, status]) => ({
  name: name as string,
  category,
  request: (context) => gqlAs(context.learnerToken, query as string, { after: cursor(["1' OR '1'='1", someId]) }),
  expect: { status: status as number, code: status === 400 ? 'GRAPHQL_VALIDATION_FAILED' : 'BAD_USER_INPUT' },
}));

const badSearchCursors: HostileCase[] = [[-1], [1.5], ['10'], [10_001], [Number.MAX_SAFE_INTEGER]].map((position) => ({
  name: `a search cursor at offset ${JSON.stringify(position[0])}`,
  category,
  request: gql('query ($after: String) { search(input: { query: "algebra" }, after: $after) { totalCount } }', {
    after: cursor(position),
  }),
  expect: { status: 200, code: 'BAD_USER_INPUT' },
}));

const nulBytes: HostileCase[] = [
  ['a search string', 'query ($v: String!) { search(input: { query: $v }) { totalCount } }', 'linear\u0000algebra'],
  [
    'a readable id',
    'query ($v: String!) { learningResourceByReadableId(platform: "ocw", readableId: $v) { id } }',
    '18.06\u0000',
  ],
  [
    'a platform code',
    'query ($v: ID!) { learningResourceByReadableId(platform: $v, readableId: "x") { id } }',
    'o\u0000cw',
  ],
  ['a resource id', 'query ($v: ID!) { learningResource(id: $v) { id } }', `${someId}\u0000`],
  [
    'a path title',
    'mutation ($v: String!) { learningPathCreate(input: { title: $v }) { success } }',
    'Foundations\u0000',
  ],
  [
    'a sign-up name',
    'mutation ($v: String!) { accountCreate(input: { email: "nul@example.org", password: "a long enough password", name: $v }) { success } }',
    'Ada\u0000',
  ],
  [
    'a sign-in email',
    'mutation ($v: String!) { sessionCreate(input: { email: $v, password: "whatever it is" }) { success } }',
    'a\u0000@b.c',
  ],
  [
    'a filter language',
    'query ($v: String!) { learningResources(filter: { languages: [$v] }) { totalCount } }',
    'e\u0000n',
  ],
].flatMap(([where, query, value]) => [
  {
    name: `a NUL character in ${where}`,
    category,
    request: gql(query as string, { v: value }),
    expect: { status: 400, code: 'BAD_USER_INPUT' },
  },
  {
    name: `a lone surrogate in ${where}`,
    category,
    request: gql(query as string, { v: (value as string).replace('\u0000', '\ud83d') }),
    expect: { status: 400, code: 'BAD_USER_INPUT' },
  },
]);

const literalNul: HostileCase = {
  name: 'a NUL character written into the document as \\u0000',
  category,
  request: gql('{ search(input: { query: "linear\\u0000algebra" }) { totalCount } }'),
  expect: { status: 400, code: 'BAD_USER_INPUT' },
};

const badIds: HostileCase[] = [
  ['learningResource', 'not-a-uuid'],
  ['learningResource', "' OR '1'='1"],
  ['learningResource', ''],
  ['learningPath', '00000000-0000-0000-0000-00000000000g'],
  ['topic', '../../etc/passwd'],
].map(([field, id]) => ({
  name: `${field}(id: ${JSON.stringify(id)})`,
  category,
  request: gql(`query ($id: ID!) { ${field}(id: $id) { id } }`, { id }),
  expect: { status: 200, code: 'BAD_USER_INPUT' },
}));

const badPages: HostileCase[] = [-1, 0, 101].map((first) => ({
  name: `a page of ${first} resources`,
  category,
  request: gql('query ($first: Int!) { learningResources(first: $first) { totalCount } }', { first }),
  expect: { status: 200, code: 'BAD_USER_INPUT' },
}));

/** Values crafted to fail inside the database (casts, encodings) or to slip through as the wrong type. */
export const inputValidation: HostileCase[] = [
  ...badCatalogCursors,
  ...badShapedCursors,
  ...badPathCursors,
  ...badPathInput,
  ...badSearchCursors,
  ...nulBytes,
  literalNul,
  ...badIds,
  ...badPages,
  {
    name: 'a search of 10,000 characters',
    category,
    request: gql('query ($q: String!) { search(input: { query: $q }) { totalCount } }', { q: 'a'.repeat(10_000) }),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a search filter on a topic id holding SQL',
    category,
    request: gql(`{ search(input: { filter: { topics: ["' OR 1=1 --"] } }) { totalCount } }`),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a search filter of 51 offerors',
    category,
    request: gql('query ($o: [ID!]) { search(input: { filter: { offerors: $o } }) { totalCount } }', {
      o: Array.from({ length: 51 }, (_, index) => `offeror-${index}`),
    }),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'search suggestions for a LIKE wildcard',
    category,
    request: gql('{ searchSuggestions(prefix: "%_\\\\") }'),
    expect: { status: 200 },
  },
  {
    name: 'a search made of tsquery operators only',
    category,
    request: gql('{ search(input: { query: "!&|():*<->\\\\\'\\"" }) { totalCount } }'),
    expect: { status: 200 },
  },
  {
    name: 'an unknown sort value',
    category,
    request: gql('{ learningResources(sort: RANDOM) { totalCount } }'),
    expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  },
  {
    name: 'a filter of 10,000 topics',
    category,
    request: gql('query ($t: [ID!]) { learningResources(filter: { topics: $t }) { totalCount } }', {
      t: Array.from({ length: 10_000 }, () => someId),
    }),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a readable id of 100,000 characters',
    category,
    request: gql('query ($v: String!) { learningResourceByReadableId(platform: "ocw", readableId: $v) { id } }', {
      v: 'x'.repeat(100_000),
    }),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
];
