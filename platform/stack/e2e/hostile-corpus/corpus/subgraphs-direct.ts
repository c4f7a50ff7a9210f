import { gql, type HostileCase, type HttpRequest } from './hostile-case.js';

const category = 'API9:2023 Improper inventory management: subgraph ports';
const subgraphs: Array<NonNullable<HttpRequest['target']>> = ['catalog', 'users', 'search', 'learning-paths'];

/** Requests straight to each subgraph's port, as if it were public: only the router's signed requests are served. */
export const subgraphsDirect: HostileCase[] = subgraphs.flatMap((target): HostileCase[] => [
  {
    name: `the ${target} subgraph's SDL through _service, unsigned`,
    category,
    request: gql('{ _service { sdl } }', {}, { target }),
    expect: { status: 403, code: 'ROUTER_SIGNATURE_REQUIRED' },
  },
  {
    name: `_entities on the ${target} subgraph with a malformed representation, unsigned`,
    category,
    request: gql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      { r: [{ __typename: 'User' }] },
      { target },
    ),
    expect: { status: 403, code: 'ROUTER_SIGNATURE_REQUIRED' },
  },
  {
    name: `a forged router signature on the ${target} subgraph`,
    category,
    request: gql(
      '{ __typename }',
      {},
      {
        target,
        headers: { 'x-learngraph-router-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
      },
    ),
    expect: { status: 403, code: 'ROUTER_SIGNATURE_INVALID' },
  },
]);
