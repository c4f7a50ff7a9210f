import { createHash } from 'node:crypto';

/** One entity the gateway asks a subgraph for: its `__typename` and key fields, as the query plan wrote them. */
export type Representation = Record<string, unknown> & { __typename: string };

/** A subgraph request that fetches entities (`_entities(representations: …)`), taken apart. */
export interface EntityFetch {
  /** The request body as parsed; its other members (operation name, other variables) go along unchanged. */
  request: { query: string; variables: Record<string, unknown> & { representations: Representation[] } };
  /** A digest of the subgraph and the query text: what is selected of each entity, part of every cache key. */
  selection: string;
}

const entitiesField = /\b_entities\s*\(\s*representations\s*:\s*\$representations\s*\)/;

const isRepresentation = (value: unknown): value is Representation =>
  typeof value === 'object' && value !== null && typeof (value as { __typename?: unknown }).__typename === 'string';

/**
 * The entity fetch a body holds, or `undefined` for any other request (a root query, a mutation, a batch): the
 * gateway sends entity fetches as one query whose `$representations` feed `_entities`.
 *
 * @example
 * entityFetch('catalog', '{"query":"query($representations:[_Any!]!){_entities(representations:$representations){…}}","variables":{…}}');
 */
export function entityFetch(subgraph: string, body: string): EntityFetch | undefined {
  if (!body.startsWith('{"query":"query') || !body.includes('_entities')) return undefined;
  let request: unknown;
  try {
    request = JSON.parse(body);
  } catch {
    return undefined;
  }
  const { query, variables } = request as { query?: unknown; variables?: { representations?: unknown } };
  if (typeof query !== 'string' || !entitiesField.test(query)) return undefined;
  const representations = variables?.representations;
  if (!Array.isArray(representations) || !representations.every(isRepresentation)) return undefined;
  const selection = createHash('sha256').update(subgraph).update('\n').update(query).digest('base64url').slice(0, 22);
  return { request: request as EntityFetch['request'], selection };
}

/** The same fetch's body for only some of its representations. */
export const bodyFor = (fetch: EntityFetch, representations: Representation[]) =>
  JSON.stringify({ ...fetch.request, variables: { ...fetch.request.variables, representations } });

const ordered = (fields: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1))));

/**
 * Where an entity lives in the cache: `key` names the entity by its type and `id` (by all its key fields when it
 * has no `id`), so that a change to it deletes every cached selection at once; `field` names what was selected
 * of it (the fetch's selection, and any other fields the plan sent along, such as `@requires` values).
 *
 * @example
 * entitySlot({ __typename: 'LearningResource', id: 'r1' }, 'sel') // { key: 'LearningResource:"r1"', field: 'sel' }
 */
export function entitySlot(representation: Representation, selection: string): { key: string; field: string } {
  const { __typename, id, ...rest } = representation;
  if (id === undefined) return { key: `${__typename}:${ordered(rest)}`, field: selection };
  const others =
    Object.keys(rest).length === 0 ? '' : `:${createHash('sha256').update(ordered(rest)).digest('base64url')}`;
  return { key: `${__typename}:${JSON.stringify(id)}`, field: `${selection}${others}` };
}
