import { gql, type HostileCase } from './hostile-case.js';

const category = 'GraphQL over HTTP: client mistakes are 4xx';
const json = { 'content-type': 'application/json' };
const post = (body: string, headers: Record<string, string> = json) => ({ method: 'POST', headers, body });

/** Requests that break the GraphQL-over-HTTP contract: each is the client's fault, so a 4xx with a code. */
export const graphqlOverHttp: HostileCase[] = [
  {
    name: 'an operationName that the document does not contain',
    category,
    request: gql('query A { __typename }', {}, { operationName: 'B' }),
    expect: { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  },
  {
    name: 'two named operations and no operationName',
    category,
    request: gql('query A { __typename } query B { __typename }'),
    expect: { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  },
  {
    name: 'a document of fragments only',
    category,
    request: gql('fragment F on Query { __typename }'),
    expect: { status: 400 },
  },
  {
    name: 'a body that is not JSON',
    category,
    request: post('{"query": '),
    expect: { status: 400, code: 'BAD_REQUEST' },
  },
  { name: 'an empty JSON body', category, request: post(''), expect: { status: 400 } },
  { name: 'a JSON body that is null', category, request: post('null'), expect: { status: 400 } },
  {
    name: 'a batch (a JSON array), which is not enabled',
    category,
    request: post('[{"query":"{ __typename }"},{"query":"{ __typename }"}]'),
    expect: { status: 400 },
  },
  { name: 'a query that is a number', category, request: post('{"query": 42}'), expect: { status: 400 } },
  { name: 'a query that is an object', category, request: post('{"query": {"a": 1}}'), expect: { status: 400 } },
  {
    name: 'variables that are a string',
    category,
    request: post('{"query": "{ __typename }", "variables": "x"}'),
    expect: { status: 400 },
  },
  {
    name: 'variables that are an array',
    category,
    request: post('{"query": "{ __typename }", "variables": [1, 2]}'),
    expect: { status: 400 },
  },
  {
    name: 'an operationName that is a number',
    category,
    request: post('{"query": "{ __typename }", "operationName": 5}'),
    expect: { status: 400 },
  },
  {
    name: 'extensions that are a string',
    category,
    request: post('{"query": "{ __typename }", "extensions": "x"}'),
    expect: { status: 400 },
  },
  {
    name: 'a syntax error',
    category,
    request: gql('{ learningResources('),
    expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  },
  {
    name: 'an unterminated string',
    category,
    request: gql('{ search(input: { query: "abc) { totalCount } }'),
    expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  },
  { name: 'GET without a query', category, request: { method: 'GET', path: '/graphql' }, expect: { status: 400 } },
  {
    name: 'a mutation over GET, from a page of another site (no preflight header)',
    category,
    request: { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { __typename }')}` },
    expect: { status: 400 },
  },
  {
    name: 'a mutation over GET',
    category,
    request: {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('mutation { __typename }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    },
    expect: { status: 405 },
  },
  {
    name: 'GET with variables that are not JSON',
    category,
    request: { method: 'GET', path: '/graphql?query=%7B__typename%7D&variables=%7Bnot-json' },
    expect: { status: 400 },
  },
  {
    name: 'PUT',
    category,
    request: { method: 'PUT', path: '/graphql', headers: json, body: '{}' },
    expect: { status: 405 },
  },
  {
    name: 'DELETE',
    category,
    request: { method: 'DELETE', path: '/graphql', headers: { 'apollo-require-preflight': 'true' } },
    expect: { status: 405 },
  },
  {
    name: 'PATCH',
    category,
    request: { method: 'PATCH', path: '/graphql', headers: json, body: '{}' },
    expect: { status: 405 },
  },
  {
    name: 'a form post, as a cross-site request forgery would send it',
    category,
    request: post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
    expect: { status: 400 },
  },
  {
    name: 'a text/plain post, as a cross-site request forgery would send it',
    category,
    request: post('{"query":"mutation { __typename }"}', { 'content-type': 'text/plain' }),
    expect: { status: 400 },
  },
  {
    name: 'a multipart upload, which the API does not take',
    category,
    request: post('--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--', {
      'content-type': 'multipart/form-data; boundary=x',
    }),
    expect: { status: 400 },
  },
  {
    name: 'JSON nested 100,000 levels deep',
    category,
    request: post(`{"query":"{ __typename }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`),
    expect: { status: [200, 400] },
  },
  {
    name: 'a body of a byte-order mark and invalid UTF-8',
    category,
    request: post('\ufeff{"query":"{ __typename }"}\udc00'),
    expect: { status: [200, 400] },
  },
  {
    name: 'a validation error asked for as application/graphql-response+json',
    category,
    request: gql('{ noSuchField }', {}, { headers: { accept: 'application/graphql-response+json' } }),
    expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  },
  {
    name: 'an undeclared variable',
    category,
    request: gql('{ search(input: { query: $q }) { totalCount } }'),
    expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  },
  {
    name: 'a variable of the wrong type',
    category,
    request: gql('query ($n: Int!) { learningResources(first: $n) { totalCount } }', { n: 'twenty' }),
    expect: { status: 400 },
  },
  {
    name: 'a missing required variable',
    category,
    request: gql('query ($q: String!) { search(input: { query: $q }) { totalCount } }', {}),
    expect: { status: 400 },
  },
];
