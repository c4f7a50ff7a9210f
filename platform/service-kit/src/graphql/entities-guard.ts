import { GraphQLError, type GraphQLSchema, isUnionType } from 'graphql';
import { ErrorCode } from '../errors.js';

/** How a subgraph loads one kind of entity from the router's references. */
export interface EntityResolver<Context> {
  /**
   * The canonical form of a well-formed id, or null when `value` cannot name such an entity (a UUID
   * check, say). Representations whose id fails it are refused before anything is loaded.
   */
  id: (value: string) => string | null;
  /** Loads the entity with this (canonical) id; null when there is none. */
  resolve: (id: string, context: Context) => unknown;
}

/** Entity resolvers by type name. */
export type EntityResolvers<Context> = Record<string, EntityResolver<Context>>;

/** Longest id any representation may carry, whatever the entity. */
const maxIdLength = 256;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Makes `_entities` refuse bad representations one by one: a representation that is not an object, names
 * a type that is not an entity here, or lacks a well-formed `id` becomes a BAD_USER_INPUT error at its own
 * index, while every valid one in the same batch is loaded and answered. Nothing malformed reaches a
 * loader or the database, so no representation can fail a whole batch, or worse, the process.
 *
 * @example
 * const schema = guardEntities(buildSubgraphSchema([{ typeDefs, resolvers }]), { LearningResource: { id: uuidId, resolve } });
 */
export function guardEntities<Context>(schema: GraphQLSchema, entities: EntityResolvers<Context>): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(union)) return schema;
  const entityTypes = new Set(union.getTypes().map((type) => type.name));
  const resolveValid = field.resolve;

  const check = (representation: unknown): { ok: Record<string, unknown> } | { problem: string } => {
    if (!isRecord(representation)) return { problem: 'is not an object' };
    const typeName = representation.__typename;
    if (typeof typeName !== 'string' || !entityTypes.has(typeName)) {
      return { problem: 'has a __typename that is not an entity of this service' };
    }
    const raw = representation.id;
    const entity = entities[typeName];
    const id = typeof raw === 'string' && raw.length <= maxIdLength ? (entity ? entity.id(raw) : raw) : null;
    if (id === null) return { problem: `has no well-formed "id" for ${typeName}` };
    return { ok: { ...representation, id } };
  };

  field.resolve = async (source, args: { representations?: unknown }, context, info) => {
    const representations = Array.isArray(args.representations) ? args.representations : [];
    const checked = representations.map(check);
    const valid = checked.flatMap((result) => ('ok' in result ? [result.ok] : []));
    const loaded = valid.length > 0 ? await resolveValid(source, { representations: valid }, context, info) : [];
    let next = 0;
    return checked.map((result, index) =>
      'ok' in result
        ? (loaded as unknown[])[next++]
        : new GraphQLError(`Representation ${index} ${result.problem}.`, {
            extensions: { code: ErrorCode.BadUserInput },
          }),
    );
  };
  return schema;
}
