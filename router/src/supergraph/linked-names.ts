import { type ConstDirectiveNode, type DocumentNode, Kind, valueFromASTUntyped } from 'graphql';

/** A directive's arguments as plain values. */
export const argumentsOf = (directive: ConstDirectiveNode): Record<string, unknown> =>
  Object.fromEntries(
    (directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]),
  );

/**
 * The names a supergraph gives the directives of one linked spec (`https://specs.apollo.dev/<spec>/v…`), by
 * their spec name (`@listSize` → `cost__listSize` unless imported); null when the spec is not linked. Per the
 * link spec, the directive named like the spec answers to the prefix (`as`, default the spec's name), and the
 * others to `prefix__name` unless imported, under their import alias.
 *
 * @example
 * linkedNames(parse(supergraphSdl), 'cost', ['@cost', '@listSize']); // { '@cost': 'cost', '@listSize': 'listSize' }
 */
export function linkedNames<Name extends string>(
  document: DocumentNode,
  spec: string,
  directives: readonly Name[],
): Record<Name, string> | null {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      const link = argumentsOf(directive);
      if (directive.name.value !== 'link' || !String(link.url).startsWith(`https://specs.apollo.dev/${spec}/v`))
        continue;
      const prefix = typeof link.as === 'string' ? link.as : spec;
      const imports = (Array.isArray(link.import) ? link.import : []).map((entry: unknown) =>
        typeof entry === 'string' ? [entry, entry] : [(entry as { name: string }).name, (entry as { as?: string }).as],
      );
      const nameOf = (name: Name) =>
        imports.find(([original]) => original === name)?.[1]?.slice(1) ??
        (name === `@${spec}` ? prefix : `${prefix}__${name.slice(1)}`);
      return Object.fromEntries(directives.map((name) => [name, nameOf(name)])) as Record<Name, string>;
    }
  }
  return null;
}
