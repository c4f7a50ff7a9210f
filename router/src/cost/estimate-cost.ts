import {
  type FieldNode,
  type GraphQLField,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isListType,
  valueFromAST,
} from 'graphql';
import { type FieldInContext, foldSelections, sum } from '../limits/fold-selections.js';
import type { MeasuredOperation } from '../limits/operation-limit.js';
import type { CostModel, ListSize } from './cost-model.js';

/** Items assumed in a list that has no `@listSize` and no page-size argument. */
export const defaultListSize = 10;
/** What a mutation field costs unless it declares `@cost`: it writes (IBM GraphQL cost spec). */
export const mutationFieldWeight = 10;

/**
 * The cost of a selection set, still open to the sizes its parent field gives some of its list fields
 * (`@listSize(sizedFields:)`): `fixed` plus, for each list field by name, its cost per item (`perItem`) times
 * that size, or its own cost (`unsized`) when the parent gives none.
 */
interface OpenCost {
  fixed: number;
  lists: ReadonlyMap<string, { perItem: number; unsized: number }>;
}

const noCost: OpenCost = { fixed: 0, lists: new Map() };

function mergeCosts(costs: readonly OpenCost[]): OpenCost {
  const lists = new Map<string, { perItem: number; unsized: number }>();
  let fixed = 0;
  for (const cost of costs) {
    fixed += cost.fixed;
    for (const [name, list] of cost.lists) {
      const seen = lists.get(name);
      lists.set(name, seen ? { perItem: seen.perItem + list.perItem, unsized: seen.unsized + list.unsized } : list);
    }
  }
  return { fixed, lists };
}

function closeCost(cost: OpenCost, sizes: ReadonlyMap<string, number>): number {
  let total = cost.fixed;
  for (const [name, list] of cost.lists) {
    const size = sizes.get(name);
    total += size === undefined ? list.unsized : size * list.perItem;
  }
  return total;
}

/** The largest value the request gives one of the field's slicing arguments (or their defaults). */
function slicingSize(
  node: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  listSize: ListSize | undefined,
  variables: Record<string, unknown>,
): number | undefined {
  const sizes = (listSize?.slicingArguments ?? []).flatMap((name) => {
    const argument = definition.args.find((candidate) => candidate.name === name);
    if (!argument) return [];
    const given = node.arguments?.find((candidate) => candidate.name.value === name);
    const value = given ? valueFromAST(given.value, argument.type, variables) : argument.defaultValue;
    return typeof value === 'number' && value >= 0 ? [value] : [];
  });
  return sizes.length > 0 ? Math.max(...sizes) : undefined;
}

/**
 * Estimates what an operation costs the subgraphs, as Apollo's demand control and the IBM GraphQL cost spec do:
 * a field returning an object weighs 1, a scalar or enum 0, a mutation field 10, unless `@cost(weight:)` on the
 * field or its type says otherwise; a list multiplies the cost of one item by its size, taken from the largest
 * slicing argument (`first`), else `@listSize(assumedSize:)`, else `defaultListSize`; with `sizedFields` the
 * size applies to those fields of the returned object (a connection's `edges`); `@cost` on a given argument
 * adds its weight. Every fragment spread counts again, each fragment is estimated once.
 *
 * @example
 * estimateCost(operation, model); // `{ learningResources(first: 100) { edges { node { id } } } }` → 201
 */
export function estimateCost(measured: MeasuredOperation, model: CostModel): number {
  const { schema, operation } = measured;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], measured.variables);
  // Variables the gateway will refuse anyway are estimated with the arguments' defaults.
  const variables = coerced.coerced ?? {};
  const mutationType = schema.getMutationType();

  const field = ({ node, parentType, definition }: FieldInContext, inner: () => OpenCost): OpenCost => {
    if (!parentType || !definition) return noCost;
    const coordinate = `${parentType.name}.${definition.name}`;
    const type = getNamedType(definition.type);
    const listSize = model.listSizes.get(coordinate);
    const weight =
      model.weights.get(coordinate) ??
      model.weights.get(type.name) ??
      (parentType === mutationType ? mutationFieldWeight : isCompositeType(type) ? 1 : 0);
    const argumentsCost = sum(
      (node.arguments ?? []).map((given) => model.weights.get(`${coordinate}(${given.name.value}:)`) ?? 0),
    );
    const sliced = slicingSize(node, definition, listSize, variables);
    const sized = new Map(
      listSize?.sizedFields && sliced !== undefined ? listSize.sizedFields.map((name) => [name, sliced]) : [],
    );
    const perItem = weight + closeCost(inner(), sized);
    if (!isListType(getNullableType(definition.type))) return { fixed: perItem + argumentsCost, lists: new Map() };
    const size = (listSize?.sizedFields ? undefined : sliced) ?? listSize?.assumedSize ?? defaultListSize;
    return { fixed: argumentsCost, lists: new Map([[node.name.value, { perItem, unsized: size * perItem }]]) };
  };

  return closeCost(foldSelections(measured, { merge: mergeCosts, field }), new Map());
}
