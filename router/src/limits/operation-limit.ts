import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { limitExceeded } from './limit-exceeded.js';

/** The operation about to run, as a limit measures it. */
export interface MeasuredOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The variables as the client sent them, not yet coerced. */
  variables: Record<string, unknown>;
}

export interface OperationLimitOptions {
  /** The error code when the limit is exceeded, e.g. `MAX_ALIASES_EXCEEDED`. */
  code: string;
  /** The highest accepted value. */
  limit: number;
  /** Measures the operation; must take time linear in the document. */
  measure(operation: MeasuredOperation): number;
  /** Whether the measure reads the variables (a cost with page sizes), so that it cannot be kept per document. */
  readsVariables?: boolean;
  /** The message for people, e.g. `The operation has 31 aliases; the limit is 30.` */
  message(value: number, limit: number): string;
}

/**
 * A plugin that measures the operation once it is known and valid, and refuses it with a 400 naming the limit
 * and the value when the measure is over the limit, before the gateway plans anything or asks any subgraph.
 * Apollo Server hands every request of the same text the same parsed document, so a measure is kept per
 * operation node and a repeated query is not measured again (unless the measure reads variables it has).
 *
 * @example
 * useOperationLimit({ code: 'MAX_ROOT_FIELDS_EXCEEDED', limit: 20, measure: countRootFields, message: (value, limit) => `${value} root fields; the limit is ${limit}.` });
 */
export function useOperationLimit(options: OperationLimitOptions): ApolloServerPlugin {
  const { code, limit, measure, message, readsVariables = false } = options;
  const measured = new WeakMap<OperationDefinitionNode, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const keep = !readsVariables || !operation.variableDefinitions?.length;
          const value =
            (keep ? measured.get(operation) : undefined) ??
            measure({ schema, document, operation, variables: request.variables ?? {} });
          if (keep) measured.set(operation, value);
          if (value > limit) throw limitExceeded(code, limit, value, message(value, limit));
        },
      };
    },
  };
}
