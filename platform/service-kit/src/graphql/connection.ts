import { Directive, Field, ObjectType } from 'type-graphql';
import { badUserInput } from '../errors.js';
import { isUuid } from '../ids.js';

/**
 * Relay page information. Several subgraphs return connections, so the type is `@shareable` and must be
 * identical everywhere: every subgraph uses this one class.
 */
@Directive('@shareable')
@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'Where a page sits in a longer list (Relay cursor connections).' })
export class PageInfo {
  @Directive('@tag(name: "public")')
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Directive('@tag(name: "public")')
  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

const badCursor = () => {
  const message = 'after is not a cursor returned by this list.';
  return badUserInput(message, [{ field: 'after', message }]);
};

/** Page-size bounds of one list field. */
export interface PageLimits {
  defaultSize: number;
  maxSize: number;
}

/** Encodes the position of an item (its sort key values) as an opaque cursor. */
export function encodeCursor(position: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/**
 * Validates `first` against the field's limits and decodes `after`; both failures are BAD_USER_INPUT
 * naming the argument, so a client can tell a bad cursor from a bad page size.
 *
 * @example
 * const { size, after } = readPageArgs({ first: 20, after: null }, { defaultSize: 20, maxSize: 100 });
 */
export function readPageArgs(
  args: { first?: number | null; after?: string | null },
  limits: PageLimits,
): { size: number; after: unknown[] | null } {
  const size = args.first ?? limits.defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > limits.maxSize) {
    const message = `first must be between 1 and ${limits.maxSize}.`;
    throw badUserInput(message, [{ field: 'first', message }]);
  }
  if (args.after === undefined || args.after === null) return { size, after: null };
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
  } catch {
    position = null;
  }
  if (!Array.isArray(position) || position.length === 0) throw badCursor();
  return { size, after: position };
}

/**
 * Builds the edges and page info of one page from `size + 1` fetched rows: the extra row only tells
 * whether there is a next page.
 */
export function toConnection<Row, Node>(
  rows: Row[],
  size: number,
  hadCursor: boolean,
  toNode: (row: Row) => Node,
  position: (row: Row) => readonly unknown[],
) {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor(position(row)), node: toNode(row) }));
  const pageInfo: PageInfo = {
    hasNextPage: rows.length > size,
    hasPreviousPage: hadCursor,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  return { edges, pageInfo };
}

/**
 * Whether `value` is an instant exactly as `Date.prototype.toISOString` writes it for the years PostgreSQL
 * and JavaScript share; `Date.parse` alone accepts free-form text and years PostgreSQL cannot store.
 */
function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

/** Position of a row in a newest-first list: its creation time (ISO 8601) and its id, which breaks ties. */
export type NewestFirstPosition = [createdAt: string, id: string];

/**
 * Checks that a decoded cursor is a newest-first position; anything else is BAD_USER_INPUT on `after`
 * (a cursor from another list, or one a client made up).
 */
export function readNewestFirstPosition(after: unknown[] | null): NewestFirstPosition | null {
  if (after === null) return null;
  const [createdAt, id] = after;
  if (isIsoInstant(createdAt) && typeof id === 'string' && isUuid(id)) return [createdAt, id];
  throw badCursor();
}

/** The cursor position of a row in a newest-first list. */
export const newestFirstPosition = (row: { createdAt: Date; id: string }): NewestFirstPosition => [
  row.createdAt.toISOString(),
  row.id,
];

/**
 * The Prisma `where` fragment for "after this position" in a newest-first list (created earlier, or
 * created at the same instant with a smaller id), to spread into a model's `where`.
 */
export function afterNewestFirst(position: NewestFirstPosition | null) {
  if (position === null) return {};
  const createdAt = new Date(position[0]);
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: position[1] } }] };
}
