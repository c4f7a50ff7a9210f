import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ErrorCode } from '@learngraph/service-kit';
import {
  type DocumentNode,
  execute,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  validate,
} from 'graphql';
import type { RouterContext } from '../context.js';
import { withoutSuggestions } from './hidden-suggestions.js';

/** The root fields answered from the schema itself rather than from subgraphs. */
const introspectionRoots = new Set(['__schema', '__type']);

/** Whether an operation's root selections, through its fragments, ask for introspection and for data. */
function rootFieldKinds(document: DocumentNode, operation: OperationDefinitionNode) {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
  }
  const kinds = { introspection: false, data: false };
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (introspectionRoots.has(selection.name.value)) kinds.introspection = true;
        else if (selection.name.value !== '__typename') kinds.data = true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment);
      }
    }
  };
  visit(operation.selectionSet);
  return kinds;
}

const refused = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Holds partners' operations (`/partner/graphql`, where the context names the partner app) to the public contract
 * that `contract` returns (see `publicSchema`): an operation that is not valid against it is refused with a 400 and
 * GRAPHQL_VALIDATION_FAILED, as if the other elements did not exist, and introspection describes the contract alone.
 * The router answers introspection from the contract itself, so it cannot share an operation with data fields.
 * Partners never get "Did you mean …?" suggestions, which the API schema's validation would draw from elements
 * outside the contract. First-party requests are untouched.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [usePublicContract(followSupergraph(gateway, readContract, null))] });
 */
export function usePublicContract(contract: () => GraphQLSchema | null): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.partner) return;
      let introspection = false;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestions(error.message);
        },
        async didResolveOperation({ document, operation }) {
          if (!operation) return;
          const schema = contract();
          if (!schema) throw refused('The public schema is not loaded yet; try again shortly.', 'NOT_READY');
          // graphql 16 leaves a missing root type (no mutation is public) to execution; the contract refuses it here.
          if (!schema.getRootType(operation.operation))
            throw refused(`The public schema has no ${operation.operation} type.`, 'GRAPHQL_VALIDATION_FAILED');
          const [error] = validate(schema, document);
          if (error) throw refused(error.message, 'GRAPHQL_VALIDATION_FAILED');
          const kinds = rootFieldKinds(document, operation);
          if (kinds.introspection && kinds.data)
            throw refused('Ask for __schema or __type in an operation of their own.', ErrorCode.BadUserInput);
          introspection = kinds.introspection;
        },
        async responseForOperation({ document, request }) {
          const schema = contract();
          if (!introspection || !schema) return null;
          const result = await execute({
            schema,
            document,
            operationName: request.operationName,
            variableValues: request.variables,
          });
          const errors = result.errors?.map((error) => error.toJSON());
          return {
            http: { headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data ?? null, ...(errors ? { errors } : {}) } },
          };
        },
      };
    },
  };
}
