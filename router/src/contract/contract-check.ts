import { ErrorCode } from '@learngraph/service-kit';
import {
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  validate,
} from 'graphql';

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

/** What the public contract says of one operation: refused, with a message and code, or run (from the contract itself when introspection). */
export type ContractVerdict =
  | { refusal: { message: string; code: string } }
  | { refusal: null; introspection: boolean };

/**
 * Checks `operation` of `document` against the public contract `schema`: refused with GRAPHQL_VALIDATION_FAILED when
 * the contract has no such root type (graphql 16 would leave that to execution) or the document is not valid against
 * it; refused with BAD_USER_INPUT when it asks for introspection and data together, since the router answers
 * introspection from the contract itself.
 *
 * @example
 * checkAgainstContract(contract, parse('{ me { id } }'), operation); // { refusal: { code: 'GRAPHQL_VALIDATION_FAILED', … } }
 */
export function checkAgainstContract(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ContractVerdict {
  const invalid = (message: string) => ({ refusal: { message, code: 'GRAPHQL_VALIDATION_FAILED' } });
  if (!schema.getRootType(operation.operation)) return invalid(`The public schema has no ${operation.operation} type.`);
  const [error] = validate(schema, document);
  if (error) return invalid(error.message);
  const kinds = rootFieldKinds(document, operation);
  if (kinds.introspection && kinds.data)
    return {
      refusal: { message: 'Ask for __schema or __type in an operation of their own.', code: ErrorCode.BadUserInput },
    };
  return { refusal: null, introspection: kinds.introspection };
}
