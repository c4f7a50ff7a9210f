import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { type ContractVerdict, checkAgainstContract } from './contract-check.js';

/**
 * `checkAgainstContract` remembered for the `maxEntries` most recently checked operations of each contract, by `key`
 * (the document's hash and the operation's name): partners repeat the same few queries, and validating each again
 * against the contract costs as much as the first validation Apollo Server already caches. A new contract (a
 * reloaded supergraph) starts with nothing remembered; the old one's verdicts go with it.
 *
 * @example
 * const check = cachedContractCheck(1000);
 * check(contract, document, operation, `${queryHash}:${operationName}`);
 */
export function cachedContractCheck(maxEntries: number) {
  const byContract = new WeakMap<GraphQLSchema, LRUCache<string, ContractVerdict>>();
  return (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, key: string) => {
    let verdicts = byContract.get(schema);
    if (!verdicts) {
      verdicts = new LRUCache({ max: maxEntries });
      byContract.set(schema, verdicts);
    }
    let verdict = verdicts.get(key);
    if (!verdict) {
      verdict = checkAgainstContract(schema, document, operation);
      verdicts.set(key, verdict);
    }
    return verdict;
  };
}
