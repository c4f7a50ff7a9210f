import { accounts } from './accounts.js';
import { auth } from './auth.js';
import { edge } from './edge.js';
import { graphqlOverHttp } from './graphql-over-http.js';
import type { HostileCase } from './hostile-case.js';
import { inputValidation } from './input-validation.js';
import { queryCost } from './query-cost.js';
import { schemaExposure } from './schema-exposure.js';
import { subgraphsDirect } from './subgraphs-direct.js';

export type { CorpusContext, HostileCase } from './hostile-case.js';

/** Every hostile request, in the order they are sent (accounts depend on their own order). */
export const hostileCorpus: HostileCase[] = [
  ...graphqlOverHttp,
  ...queryCost,
  ...inputValidation,
  ...schemaExposure,
  ...auth,
  ...accounts,
  ...edge,
  ...subgraphsDirect,
];
