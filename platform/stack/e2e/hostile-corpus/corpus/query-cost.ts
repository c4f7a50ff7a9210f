import { gql, type HostileCase } from './hostile-case.js';

const category = 'API4:2023 Unrestricted resource consumption: query cost';

/** `levels` fragments, each spreading the next twice: 2^levels fields from a document of about 40·levels bytes. */
function fragmentBomb(levels: number, on: string, leaf: string): string {
  const fragments = Array.from(
    { length: levels },
    (_, level) => `fragment F${level} on ${on} { ...F${level + 1} ...F${level + 1} }`,
  );
  return [...fragments, `fragment F${levels} on ${on} { ${leaf} }`].join('\n');
}

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;

const nested = (depth: number) => `{ topics { ${'children { '.repeat(depth)}name${' }'.repeat(depth)} } }`;

const rootBombs: HostileCase[] = [10, 16, 20, 21, 25].map((levels) => ({
  name: `a fragment bomb of ${levels} levels on Query (2^${levels} __typename fields)`,
  category,
  request: gql(`query { ...F0 }\n${fragmentBomb(levels, 'Query', '__typename')}`),
  expect: { status: 400 },
}));

const nestedBombs: HostileCase[] = [16, 21, 25].map((levels) => ({
  name: `a fragment bomb of ${levels} levels inside a resource page (2^${levels} title fields per resource)`,
  category,
  request: gql(
    `query { learningResources(first: 100) { edges { node { ...F0 } } } }\n${fragmentBomb(levels, 'LearningResource', 'title')}`,
  ),
  expect: { status: 400 },
}));

/** Documents whose work grows far beyond their size: each must be refused before any subgraph is asked. */
export const queryCost: HostileCase[] = [
  ...rootBombs,
  ...nestedBombs,
  {
    name: '5,000 aliases of learningPaths(first: 100)',
    category,
    request: gql(aliases(5_000, 'learningPaths(first: 100) { totalCount }')),
    expect: { status: 400 },
  },
  {
    name: '1,000 aliases of __typename',
    category,
    request: gql(aliases(1_000, '__typename')),
    expect: { status: 400 },
  },
  {
    name: '50 aliases of learningResources(first: 100) with their runs and topics',
    category,
    request: gql(
      aliases(50, 'learningResources(first: 100) { edges { node { title runs { title } topics { name } } } }'),
    ),
    expect: { status: 400 },
  },
  {
    name: '5 aliases of learningResources(first: 100) with their runs and topics, each page within the limits',
    category,
    request: gql(
      aliases(5, 'learningResources(first: 100) { edges { node { title runs { title } topics { name } } } }'),
    ),
    expect: { status: 400, code: 'COST_LIMIT_EXCEEDED' },
  },
  {
    name: '20 aliases of search(first: 100), as much as the limits let through',
    category,
    request: gql(aliases(20, 'search(input: { query: "learning" }, first: 100) { edges { node { id title } } }')),
    expect: { status: 200 },
  },
  {
    name: 'resources within resources within resources, 100 at each level',
    category,
    request: gql(
      '{ learningResources(first: 100) { edges { node { members { resource { members { resource { members { resource { title } } } } } } } } } }',
    ),
    expect: { status: 400 },
  },
  ...[13, 30, 200].map((depth) => ({
    name: `a topic tree nested ${depth} levels deep`,
    category,
    request: gql(nested(depth)),
    expect: { status: 400 },
  })),
  {
    name: '200 root fields',
    category,
    request: gql(aliases(200, 'platforms { id }')),
    expect: { status: 400 },
  },
  {
    name: '1,000 @include directives on one field',
    category,
    request: gql(`{ __typename ${'@include(if: true) '.repeat(1_000)} }`),
    expect: { status: 400 },
  },
  {
    name: '100,000 tokens of whitespace-separated field names',
    category,
    request: gql(`{ ${'__typename '.repeat(100_000)}}`),
    expect: { status: [400, 413] },
  },
  {
    name: 'a fragment that spreads itself',
    category,
    request: gql('{ ...A } fragment A on Query { ...A }'),
    expect: { status: 400 },
  },
  {
    name: 'two fragments spreading each other',
    category,
    request: gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    expect: { status: 400 },
  },
  {
    name: '10,000 unused fragments',
    category,
    request: gql(
      `{ __typename } ${Array.from({ length: 10_000 }, (_, index) => `fragment U${index} on Query { __typename }`).join(' ')}`,
    ),
    expect: { status: [400, 413] },
  },
  {
    name: 'a page size of 2^31',
    category,
    request: gql('{ learningResources(first: 2147483647) { totalCount } }'),
    expect: { status: [200, 400] },
  },
  {
    name: 'learningPaths with first: 100 under 200 aliases of its authors',
    category,
    request: gql(
      aliases(
        200,
        'learningPaths(first: 100) { edges { node { author { learningPaths(first: 100) { totalCount } } } } }',
      ),
    ),
    expect: { status: 400 },
  },
  {
    name: "100 paths' 100 items, each item's 100 paths with their items: a million rows asked for",
    category,
    request: gql(
      '{ learningPaths(first: 100) { edges { node { items { resource { inLearningPaths(first: 100) { edges { node { items { note } } } } } } } } } }',
    ),
    expect: { status: 400, code: 'COST_LIMIT_EXCEEDED' },
  },
];
