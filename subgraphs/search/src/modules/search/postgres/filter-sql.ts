import { Prisma } from '../../../db.js';
import { type FacetName, facetNames, type SearchRequest } from '../search-engine.js';
import { facetColumns } from './facet-columns.js';

/** The condition one facet's filter puts on search_document, or null when the filter leaves it open. */
function facetCondition(request: SearchRequest, facet: FacetName): Prisma.Sql | null {
  const value = request.filter[facet];
  if (value === undefined) return null;
  const column = facetColumns[facet];
  if (typeof value === 'boolean') return Prisma.sql`${column.sql} = ${value}`;
  if (column.kind === 'array') return Prisma.sql`${column.sql} && ${value}::${column.cast}`;
  return Prisma.sql`${column.sql} = ANY(${value}::text[])`;
}

/**
 * The WHERE clause of a search: published, matching the text (`query` is the tsquery in the FROM list),
 * and every facet's filter except `without`'s, so that a facet's counts ignore its own selection.
 */
export function whereClause(request: SearchRequest, without?: FacetName): Prisma.Sql {
  const conditions = [Prisma.sql`published`];
  if (request.text !== null) conditions.push(Prisma.sql`document @@ query`);
  for (const facet of facetNames) {
    if (facet === without) continue;
    const condition = facetCondition(request, facet);
    if (condition) conditions.push(condition);
  }
  return Prisma.join(conditions, ' AND ');
}

/** The FROM list: the documents and, when there is text, the tsquery people's search-box syntax makes. */
export function fromClause(request: SearchRequest): Prisma.Sql {
  return request.text === null
    ? Prisma.sql`search_document`
    : Prisma.sql`search_document, websearch_to_tsquery('english', ${request.text}) AS query`;
}

/** ORDER BY for each sort; ties break on id so pages never overlap. */
export function orderClause(request: SearchRequest): Prisma.Sql {
  switch (request.sort) {
    case 'NEWEST':
      return Prisma.sql`created_at DESC NULLS LAST, id`;
    case 'MOST_VIEWED':
      return Prisma.sql`views DESC, id`;
    case 'UPCOMING':
      return Prisma.sql`(next_start_date >= now()) IS NOT TRUE, next_start_date, id`;
    case 'RELEVANCE':
      return request.text === null ? Prisma.sql`views DESC, id` : Prisma.sql`score DESC, id`;
  }
}
