import type { ApolloServerPlugin } from '@apollo/server';
import type { CostModel } from '../cost/cost-model.js';
import { estimateCost } from '../cost/estimate-cost.js';
import { useOperationLimit } from '../limits/operation-limit.js';

/**
 * Refuses operations whose estimated cost (see `estimateCost`) is over `maxCost`, with a 400 and
 * COST_LIMIT_EXCEEDED, before any subgraph is asked. `model` returns the cost model of the supergraph being
 * served, so a reloaded supergraph brings its new weights with it.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useCostLimit(10_000, followCostModel(gateway))] });
 */
export function useCostLimit(maxCost: number, model: () => CostModel): ApolloServerPlugin {
  return useOperationLimit({
    code: 'COST_LIMIT_EXCEEDED',
    limit: maxCost,
    measure: (operation) => estimateCost(operation, model()),
    readsVariables: true,
    message: (cost, limit) => `The operation's estimated cost is ${cost}; the limit is ${limit}.`,
  });
}
