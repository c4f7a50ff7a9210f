import { gql, type HostileCase } from './hostile-case.js';

const category = 'API8:2023 Security misconfiguration: what the schema gives away in production';
const noSuggestion = ['Did you mean'];

/** Introspection is off and errors suggest nothing at the public edge; federation internals are not exposed. */
export const schemaExposure: HostileCase[] = [
  {
    name: 'a full introspection query',
    category,
    request: gql('{ __schema { types { name fields { name } } } }'),
    expect: { status: 400, without: ['LearningResource'] },
  },
  {
    name: 'introspection of one type',
    category,
    request: gql('{ __type(name: "User") { fields { name } } }'),
    expect: { status: 400, without: ['email'] },
  },
  {
    name: 'introspection hidden in a fragment',
    category,
    request: gql('{ ...I } fragment I on Query { __schema { queryType { name } } }'),
    expect: { status: 400 },
  },
  {
    name: 'a misspelt field, fishing for a suggestion',
    category,
    request: gql('{ learningResourcs { totalCount } }'),
    expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', without: noSuggestion },
  },
  {
    name: 'a misspelt argument, fishing for a suggestion',
    category,
    request: gql('{ learningResources(frist: 1) { totalCount } }'),
    expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', without: noSuggestion },
  },
  {
    name: 'a misspelt enum value, fishing for a suggestion',
    category,
    request: gql('{ learningResources(sort: NEWES) { totalCount } }'),
    expect: { status: 400, without: noSuggestion },
  },
  {
    name: 'a misspelt input field, fishing for a suggestion',
    category,
    request: gql('{ learningResources(filter: { topic: [] }) { totalCount } }'),
    expect: { status: 400, without: noSuggestion },
  },
  {
    name: 'a misspelt type in a fragment, fishing for a suggestion',
    category,
    request: gql('{ ...F } fragment F on Querry { __typename }'),
    expect: { status: 400, without: noSuggestion },
  },
  {
    name: '_entities through the router',
    category,
    request: gql('{ _entities(representations: [{ __typename: "User", id: "x" }]) { __typename } }'),
    expect: { status: 400 },
  },
  {
    name: '_service through the router',
    category,
    request: gql('{ _service { sdl } }'),
    expect: { status: 400, without: ['@key'] },
  },
];
