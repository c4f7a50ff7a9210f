import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, GraphQLError, Kind, type SelectionSetNode } from 'graphql';

/** How deep a selection set nests, following fragment spreads (each fragment once per path). */
function depthOf(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visited: ReadonlySet<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet ? depthOf(selection.selectionSet, fragments, visited) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visited));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !visited.has(fragment.name.value)) {
        deepest = Math.max(
          deepest,
          depthOf(fragment.selectionSet, fragments, new Set([...visited, fragment.name.value])),
        );
      }
    }
  }
  return deepest;
}

/**
 * Refuses operations whose selections nest deeper than `maxDepth`, with a 400 and the code
 * QUERY_TOO_DEEP, before any subgraph is asked. Deep queries cost the router and the subgraphs work out
 * of proportion to their size, so the limit is explicit.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useDepthLimit(12)] });
 */
export function useDepthLimit(maxDepth: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation }) {
          if (!operation) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          const depth = depthOf(operation.selectionSet, fragments, new Set());
          if (depth > maxDepth) {
            throw new GraphQLError(`The operation is ${depth} levels deep; the limit is ${maxDepth}.`, {
              extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
