import { type ConstDirectiveNode, isTypeDefinitionNode, isTypeExtensionNode, Kind, parse } from 'graphql';
import { argumentsOf, linkedNames } from '../supergraph/linked-names.js';

/** What one schema element asks of the caller: a signed-in person, and/or one of several sets of scopes. */
export interface AccessRule {
  authenticated: boolean;
  /** Any one of these sets, each needed whole (`@requiresScopes`' OR of ANDs); none: no scope needed. */
  scopes?: string[][];
}

/** Access rules by schema coordinate: `Type` (every field of that type) and `Type.field`. */
export type AccessPolicy = ReadonlyMap<string, AccessRule>;

/** The policy of a supergraph that declares no access rules. */
export const openPolicy: AccessPolicy = new Map();

const scopeSets = (value: unknown): string[][] =>
  Array.isArray(value) ? value.map((set) => (Array.isArray(set) ? set.map(String) : [String(set)])) : [];

/**
 * Reads `@authenticated` and `@requiresScopes` from the supergraph the router serves: composition keeps them there
 * under `@link`s to `https://specs.apollo.dev/authenticated/v0.1` and `…/requiresScopes/v0.1`.
 *
 * @example
 * const policy = readAccessPolicy(await readFile('supergraph.graphql', 'utf8'));
 * policy.get('Mutation.userRoleGrant'); // { authenticated: false, scopes: [['role:admin']] }
 */
export function readAccessPolicy(supergraphSdl: string): AccessPolicy {
  const document = parse(supergraphSdl, { noLocation: true });
  const authenticated = linkedNames(document, 'authenticated', ['@authenticated'])?.['@authenticated'];
  const requiresScopes = linkedNames(document, 'requiresScopes', ['@requiresScopes'])?.['@requiresScopes'];
  const policy = new Map<string, AccessRule>();
  const read = (coordinate: string, directives: readonly ConstDirectiveNode[] = []) => {
    const needsPerson = directives.some((directive) => directive.name.value === authenticated);
    const scoped = directives.find((directive) => directive.name.value === requiresScopes);
    if (!needsPerson && !scoped) return;
    policy.set(coordinate, {
      authenticated: needsPerson,
      ...(scoped ? { scopes: scopeSets(argumentsOf(scoped).scopes) } : {}),
    });
  };
  if (!authenticated && !requiresScopes) return policy;
  for (const definition of document.definitions) {
    if (!isTypeDefinitionNode(definition) && !isTypeExtensionNode(definition)) continue;
    read(definition.name.value, definition.directives);
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    )
      continue;
    for (const field of definition.fields ?? []) read(`${definition.name.value}.${field.name.value}`, field.directives);
  }
  return policy;
}
