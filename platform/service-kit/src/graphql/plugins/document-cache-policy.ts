import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';

type Scope = 'PUBLIC' | 'PRIVATE';

/** A cache hint: the longest an answer may be kept, and whether it may be shared. */
interface Hint {
  maxAge?: number;
  scope?: Scope;
}

/** A `@cacheControl` directive as written on a type or field. */
interface Annotation extends Hint {
  inheritMaxAge?: boolean;
}

/** The tighter of two hints: the shorter age, and `PRIVATE` over `PUBLIC`. */
function restrict(into: Hint, hint: Hint): void {
  if (hint.maxAge !== undefined && (into.maxAge === undefined || hint.maxAge < into.maxAge)) into.maxAge = hint.maxAge;
  if (hint.scope === 'PRIVATE' || (hint.scope && !into.scope)) into.scope = hint.scope;
}

function annotationOf(directives: readonly ConstDirectiveNode[] | undefined): Annotation | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === 'cacheControl');
  if (!directive) return undefined;
  const argument = (name: string) => directive.arguments?.find((candidate) => candidate.name.value === name)?.value;
  const maxAge = argument('maxAge');
  const scope = argument('scope');
  const inheritMaxAge = argument('inheritMaxAge');
  const annotation: Annotation = {};
  if (scope?.kind === Kind.ENUM && (scope.value === 'PUBLIC' || scope.value === 'PRIVATE'))
    annotation.scope = scope.value;
  if (inheritMaxAge?.kind === Kind.BOOLEAN && inheritMaxAge.value) annotation.inheritMaxAge = true;
  else if (maxAge?.kind === Kind.INT) annotation.maxAge = Number.parseInt(maxAge.value, 10);
  return annotation;
}

const typeAnnotation = (type: GraphQLNamedType): Annotation =>
  annotationOf(type.astNode?.directives) ??
  type.extensionASTNodes.map((node) => annotationOf(node.directives)).find(Boolean) ??
  {};

const fieldAnnotation = (field: GraphQLField<unknown, unknown>): Annotation =>
  annotationOf(field.astNode?.directives) ?? {};

/**
 * What an operation's fields say once for all requests, and the `representations` of its `_entities` field,
 * whose entities add their types' hints request by request.
 */
interface DocumentPolicy {
  hint: Hint;
  representations?: ValueNode;
}

/**
 * The hint of every field an operation selects, combined as Apollo Server's cache-control plugin combines
 * the fields it resolves: a field takes its own hint, else its type's (`inheritMaxAge` keeps the parent's
 * age); a root field, or one returning an object, interface or union, without an age gets 0. Fields are
 * counted whether or not they are resolved (under a null, in an empty list, skipped by a directive), so the
 * result is never looser than the plugin's and at most tighter. `_entities` gets its age per request, from
 * the types its representations name, as `@apollo/subgraph`'s resolver hints at run time.
 */
function documentPolicy(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const policy: DocumentPolicy = { hint: {} };
  const root = schema.getRootType(operation.operation);
  const visited = new Set<string>();

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, atRoot: boolean) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const key = `${selection.name.value}@${parent.name}@${atRoot}`;
          if (visited.has(key)) continue;
          visited.add(key);
        }
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) walk(fragment.selectionSet, condition, atRoot);
        continue;
      }
      if (isUnionType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const target = getNamedType(field.type);
      if (atRoot && field.name === '_entities') {
        policy.representations = selection.arguments?.find(
          (argument) => argument.name.value === 'representations',
        )?.value;
        if (selection.selectionSet && isCompositeType(target)) walk(selection.selectionSet, target, false);
        continue;
      }
      const hint: Hint = {};
      let inherits = false;
      if (isCompositeType(target)) {
        const annotation = typeAnnotation(target);
        replace(hint, annotation);
        inherits = annotation.inheritMaxAge === true;
      }
      const own = fieldAnnotation(field);
      if (own.inheritMaxAge && hint.maxAge === undefined) {
        inherits = true;
        if (own.scope) hint.scope = own.scope;
      } else {
        replace(hint, own);
      }
      if (hint.maxAge === undefined && ((isCompositeType(target) && !inherits) || atRoot)) hint.maxAge = 0;
      restrict(policy.hint, hint);
      if (selection.selectionSet && isCompositeType(target)) walk(selection.selectionSet, target, false);
    }
  };
  if (root) walk(operation.selectionSet, root, true);
  return policy;
}

/** Overwrites what `annotation` states, as the plugin's `replace` does. */
function replace(into: Hint, annotation: Annotation): void {
  if (annotation.maxAge !== undefined) into.maxAge = annotation.maxAge;
  if (annotation.scope !== undefined) into.scope = annotation.scope;
}

/**
 * The hint of an `_entities` field: the tightest of the hints of the types its representations name, or 0
 * when none of them gives an age (so also for no representations).
 */
function entitiesHint(schema: GraphQLSchema, representations: unknown): Hint {
  const hint: Hint = {};
  const typeNames = new Set<string>();
  for (const representation of Array.isArray(representations) ? representations : []) {
    const typeName = (representation as { __typename?: unknown } | null)?.__typename;
    if (typeof typeName === 'string') typeNames.add(typeName);
  }
  for (const name of typeNames) {
    const type = schema.getType(name);
    if (type && (isObjectType(type) || isInterfaceType(type))) restrict(hint, typeAnnotation(type));
  }
  hint.maxAge ??= 0;
  return hint;
}

/**
 * The `Cache-Control` header of each answer from the schema's `@cacheControl` hints, as Apollo Server's
 * cache-control plugin sets it (which must be disabled beside this one), but worked out once per operation
 * document rather than in a hook around every resolved field: that hook cost a list page of 20 resources
 * about 0.5 ms of CPU. An answer with errors, or without an age above 0, is `no-store`. Other plugins may
 * still restrict `overallCachePolicy` (see `useSignedInPrivate`).
 *
 * @example
 * new ApolloServer({ schema, plugins: [ApolloServerPluginCacheControlDisabled(), useDocumentCachePolicy()] });
 */
export function useDocumentCachePolicy(): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  const policies = new WeakMap<DocumentNode, Map<OperationDefinitionNode, DocumentPolicy>>();
  const policyOf = (current: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) => {
    let byOperation = policies.get(document);
    if (!byOperation) {
      byOperation = new Map<OperationDefinitionNode, DocumentPolicy>();
      policies.set(document, byOperation);
    }
    const known = byOperation.get(operation);
    if (known) return known;
    const computed = documentPolicy(current, document, operation);
    byOperation.set(operation, computed);
    return computed;
  };
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, overallCachePolicy }) {
          if (!schema || !operation) return;
          const { hint, representations } = policyOf(schema, document, operation);
          overallCachePolicy.restrict(hint);
          if (representations) {
            const value = valueFromASTUntyped(representations, request.variables ?? {});
            overallCachePolicy.restrict(entitiesHint(schema, value));
          }
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const cacheable = response.body.kind === 'single' && !response.body.singleResult.errors;
          const policy = overallCachePolicy.policyIfCacheable();
          response.http.headers.set(
            'cache-control',
            cacheable && policy ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : 'no-store',
          );
        },
      };
    },
  };
}
