import { filterSchema, pruneSchema } from '@graphql-tools/utils';
import {
  type ConstDirectiveNode,
  type GraphQLSchema,
  isTypeDefinitionNode,
  isTypeExtensionNode,
  Kind,
  parse,
} from 'graphql';
import { argumentsOf, linkedNames } from '../supergraph/linked-names.js';

/** The tag that puts a schema element in the partner contract. */
export const publicTag = 'public';

/** The coordinates (`Type`, `Type.field`) the supergraph tags `@tag(name: "public")`. */
function publicCoordinates(supergraphSdl: string): Set<string> {
  const document = parse(supergraphSdl, { noLocation: true });
  const tag = linkedNames(document, 'tag', ['@tag'])?.['@tag'];
  const tagged = new Set<string>();
  if (!tag) return tagged;
  const isPublic = (directives: readonly ConstDirectiveNode[] = []) =>
    directives.some((directive) => directive.name.value === tag && argumentsOf(directive).name === publicTag);
  for (const definition of document.definitions) {
    if (!isTypeDefinitionNode(definition) && !isTypeExtensionNode(definition)) continue;
    if (isPublic(definition.directives)) tagged.add(definition.name.value);
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    )
      continue;
    for (const field of definition.fields ?? []) {
      if (isPublic(field.directives)) tagged.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return tagged;
}

/**
 * The partner contract: the API schema cut down to what the supergraph tags `@tag(name: "public")`. A field is in
 * it when it is tagged, or its type is; a type is in it when a public field reaches it, with all its arguments,
 * input fields and enum values. A root type none of whose fields is public (Mutation, today) is not in it at all.
 *
 * @example
 * const contract = publicSchema(composed.apiSchema, composed.supergraphSdl);
 * contract.getQueryType()?.getFields().me; // undefined: `me` is not tagged
 */
export function publicSchema(apiSchema: GraphQLSchema, supergraphSdl: string): GraphQLSchema {
  const tagged = publicCoordinates(supergraphSdl);
  const visible = (typeName: string, fieldName: string) =>
    tagged.has(typeName) || tagged.has(`${typeName}.${fieldName}`);
  return pruneSchema(
    filterSchema({
      schema: apiSchema,
      rootFieldFilter: (operation, fieldName) => visible(operation, fieldName),
      objectFieldFilter: visible,
      interfaceFieldFilter: visible,
    }),
  );
}
