import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { MeasuredOperation } from './operation-limit.js';

/** One field selection with what the schema says about it (nothing for unknown and meta fields like `__schema`). */
export interface FieldInContext {
  node: FieldNode;
  parentType: GraphQLNamedType | undefined;
  definition: GraphQLField<unknown, unknown> | undefined;
}

/** How to fold an operation's selections into one value (a count, a set of names, a cost). */
export interface SelectionFold<T> {
  /** Combines the values of the selections of one selection set (possibly none). */
  merge(values: readonly T[]): T;
  /** The value of one field. `inner()` folds its own selections; a fold that never calls it never pays for them. */
  field(field: FieldInContext, inner: () => T): T;
}

/**
 * Folds the selections of the operation about to run, following fragment spreads. Each fragment is folded once
 * and its value reused at every spread, so the time is linear in the document even when fragments spread each
 * other exponentially often (a "fragment bomb"); the values can be as large as the expansion would be.
 *
 * @example
 * const selections = foldSelections(operation, { merge: sum, field: (_field, inner) => 1 + inner() });
 */
export function foldSelections<T>({ schema, document, operation }: MeasuredOperation, fold: SelectionFold<T>): T {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const folded = new Map<string, T>();
  const typeNamed = (name: string) => schema.getType(name) ?? undefined;

  const foldSet = (set: SelectionSetNode, type: GraphQLNamedType | undefined): T =>
    fold.merge(set.selections.map((selection) => foldSelection(selection, type)));

  const foldSpread = (name: string): T => {
    const known = folded.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment) return fold.merge([]);
    // Validation refuses cycles before this runs; should one get here, it ends instead of recursing forever.
    folded.set(name, fold.merge([]));
    const value = foldSet(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value));
    folded.set(name, value);
    return value;
  };

  const foldSelection = (selection: SelectionNode, type: GraphQLNamedType | undefined): T => {
    if (selection.kind === Kind.FRAGMENT_SPREAD) return foldSpread(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return foldSet(
        selection.selectionSet,
        selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : type,
      );
    }
    const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
    const below = selection.selectionSet;
    return fold.field({ node: selection, parentType: type, definition }, () =>
      below ? foldSet(below, definition && getNamedType(definition.type)) : fold.merge([]),
    );
  };

  return foldSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

/** Sums numbers: the `merge` of counting folds. */
export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
