import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { AccessPolicy } from './access-policy.js';
import { type CallerAccess, type Refusal, refusalOf } from './caller-access.js';

/** A field taken out of the operation, where it was asked for (response keys, no list indexes), and why. */
export interface RemovedField extends Refusal {
  path: string[];
}

/** The operation with the fields the caller may not have removed, and what the answer must show for them. */
export interface Authorized {
  /** The operation still to run, alone in its document; null when nothing of it is left to run. */
  document: DocumentNode | null;
  removed: RemovedField[];
  /** Response paths to answer null: the removed fields, or their nearest nullable parents. */
  nulls: string[][];
  /** Whether a removed non-null root field makes the whole `data` null. */
  dataNull: boolean;
  /** Response paths of objects all of whose fields were removed, asked for their `__typename` instead, to take out. */
  typenameOnly: string[][];
}

const typenameOnly: SelectionSetNode = {
  kind: Kind.SELECTION_SET,
  selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
};

/**
 * Takes out of `operation` every field whose rule (`Type.field`, or the type it returns) `access` does not satisfy,
 * before anything is planned, so that no subgraph is asked for it. A removed field answers null; when it cannot be
 * null, the null goes up to its nearest nullable parent, as GraphQL execution would do. Fragment spreads are
 * inlined so that each place a field is asked for can be removed on its own. Returns null when nothing is removed.
 * The operation has passed the query limits first, so the inlined document is bounded.
 *
 * @example
 * const authorized = removeUnauthorized({ schema, document, operation }, policy, callerAccess(null));
 */
export function removeUnauthorized(
  {
    schema,
    document,
    operation,
  }: { schema: GraphQLSchema; document: DocumentNode; operation: OperationDefinitionNode },
  policy: AccessPolicy,
  access: CallerAccess,
): Authorized | null {
  if (policy.size === 0) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const removed: RemovedField[] = [];
  const nulls: string[][] = [];
  const typenameOnlyAt: string[][] = [];

  /** The kept selections, and whether a removed non-null field makes the object holding them null. */
  const filterSet = (
    set: SelectionSetNode,
    type: GraphQLNamedType | undefined,
    path: string[],
  ): { selections: SelectionNode[]; nullsParent: boolean } => {
    const selections: SelectionNode[] = [];
    let nullsParent = false;
    const keepInline = (inner: SelectionSetNode, condition: GraphQLNamedType | undefined, node: SelectionNode) => {
      const kept = filterSet(inner, condition, path);
      nullsParent ||= kept.nullsParent;
      if (kept.selections.length === 0) return;
      const typeCondition =
        node.kind === Kind.FRAGMENT_SPREAD ? fragments.get(node.name.value)?.typeCondition : undefined;
      selections.push({
        kind: Kind.INLINE_FRAGMENT,
        ...(node.kind === Kind.INLINE_FRAGMENT && node.typeCondition ? { typeCondition: node.typeCondition } : {}),
        ...(typeCondition ? { typeCondition } : {}),
        directives: node.directives ?? [],
        selectionSet: { kind: Kind.SELECTION_SET, selections: kept.selections },
      });
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment)
          keepInline(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined, selection);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        keepInline(selection.selectionSet, condition ?? undefined, selection);
        continue;
      }
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!type || !field) {
        selections.push(selection);
        continue;
      }
      const fieldPath = [...path, selection.alias?.value ?? selection.name.value];
      const returned = getNamedType(field.type);
      const coordinate = `${type.name}.${field.name}`;
      const refusal =
        refusalOf(policy.get(coordinate), access, coordinate) ??
        refusalOf(policy.get(returned.name), access, coordinate);
      let kept: FieldNode | null = selection;
      if (refusal) {
        removed.push({ ...refusal, path: fieldPath });
        kept = null;
      } else if (selection.selectionSet) {
        const inner = filterSet(selection.selectionSet, returned, fieldPath);
        // A selection set cannot be empty: an object whose fields were all removed is asked for its __typename.
        if (!inner.nullsParent && inner.selections.length === 0) typenameOnlyAt.push(fieldPath);
        kept = inner.nullsParent
          ? null
          : {
              ...selection,
              selectionSet:
                inner.selections.length > 0
                  ? { ...selection.selectionSet, selections: inner.selections }
                  : typenameOnly,
            };
      }
      if (kept) selections.push(kept);
      else if (isNonNullType(field.type)) nullsParent = true;
      else nulls.push(fieldPath);
    }
    return { selections, nullsParent };
  };

  const root = filterSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, []);
  if (removed.length === 0) return null;
  const left = root.nullsParent ? [] : root.selections;
  return {
    document:
      left.length === 0
        ? null
        : {
            kind: Kind.DOCUMENT,
            definitions: [{ ...operation, selectionSet: { kind: Kind.SELECTION_SET, selections: left } }],
          },
    removed,
    nulls: root.nullsParent ? [] : nulls,
    dataNull: root.nullsParent,
    typenameOnly: typenameOnlyAt,
  };
}
