import { type ConstDirectiveNode, isTypeDefinitionNode, isTypeExtensionNode, Kind, parse } from 'graphql';
import { argumentsOf, linkedNames } from '../supergraph/linked-names.js';

/** What `@listSize` says about a list field (federation's demand-control directive). */
export interface ListSize {
  /** How many items the list is assumed to hold when no argument says. */
  assumedSize?: number;
  /** Arguments whose value is the number of items (a page size such as `first`). */
  slicingArguments?: string[];
  /** Fields of the returned object that hold the items, e.g. a connection's `edges`. */
  sizedFields?: string[];
}

/**
 * The weights the supergraph declares: `@cost(weight:)` by schema coordinate (`Type`, `Type.field`,
 * `Type.field(argument:)`) and `@listSize` by field (`Type.field`). What it does not declare takes the defaults
 * of `estimateCost`.
 */
export interface CostModel {
  weights: ReadonlyMap<string, number>;
  listSizes: ReadonlyMap<string, ListSize>;
}

const numbers = (value: unknown) => (typeof value === 'number' ? value : undefined);
const names = (value: unknown) => (Array.isArray(value) ? value.map(String) : undefined);

/**
 * Reads the cost model from the supergraph the router serves: composition keeps the subgraphs' `@cost` and
 * `@listSize` there, under a `@link` to `https://specs.apollo.dev/cost/v0.1`.
 *
 * @example
 * const model = readCostModel(await readFile('supergraph.graphql', 'utf8'));
 * model.listSizes.get('Query.learningResources'); // { slicingArguments: ['first'], sizedFields: ['edges'] }
 */
export function readCostModel(supergraphSdl: string): CostModel {
  const document = parse(supergraphSdl, { noLocation: true });
  const weights = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();
  const linked = linkedNames(document, 'cost', ['@cost', '@listSize']);
  if (!linked) return { weights, listSizes };
  const directiveNames = { cost: linked['@cost'], listSize: linked['@listSize'] };
  const read = (coordinate: string, directives: readonly ConstDirectiveNode[] = []) => {
    for (const directive of directives) {
      const values = argumentsOf(directive);
      const weight = numbers(values.weight);
      if (directive.name.value === directiveNames.cost && weight !== undefined) weights.set(coordinate, weight);
      if (directive.name.value === directiveNames.listSize) {
        listSizes.set(coordinate, {
          assumedSize: numbers(values.assumedSize),
          slicingArguments: names(values.slicingArguments),
          sizedFields: names(values.sizedFields),
        });
      }
    }
  };
  for (const definition of document.definitions) {
    if (!isTypeDefinitionNode(definition) && !isTypeExtensionNode(definition)) continue;
    const type = definition.name.value;
    read(type, definition.directives);
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    )
      continue;
    for (const field of definition.fields ?? []) {
      read(`${type}.${field.name.value}`, field.directives);
      for (const argument of field.arguments ?? []) {
        read(`${type}.${field.name.value}(${argument.name.value}:)`, argument.directives);
      }
    }
  }
  return { weights, listSizes };
}
