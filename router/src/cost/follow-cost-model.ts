import type { ApolloGateway } from '@apollo/gateway';
import { followSupergraph } from '../supergraph/follow-supergraph.js';
import { type CostModel, readCostModel } from './cost-model.js';

/**
 * The cost model of the supergraph the gateway serves, read when it loads the supergraph and again each time it
 * reloads one; until the first load, nothing is declared and the defaults apply.
 *
 * @example
 * const model = followCostModel(gateway);
 * await apollo.start();
 * model().listSizes.get('Query.learningResources');
 */
export const followCostModel = (gateway: ApolloGateway): (() => CostModel) =>
  followSupergraph(gateway, ({ coreSupergraphSdl }) => readCostModel(coreSupergraphSdl), {
    weights: new Map(),
    listSizes: new Map(),
  });
