import { Prisma } from '../../../db.js';
import type { FacetName } from '../search-engine.js';

/** How one facet is stored in search_document: a single value, a list of values, or yes/no. */
export type FacetColumn =
  | { kind: 'scalar'; sql: Prisma.Sql }
  | { kind: 'array'; sql: Prisma.Sql; cast: Prisma.Sql }
  | { kind: 'boolean'; sql: Prisma.Sql };

const scalar = (expression: string): FacetColumn => ({ kind: 'scalar', sql: Prisma.raw(expression) });
const array = (column: string, cast: string): FacetColumn => ({
  kind: 'array',
  sql: Prisma.raw(column),
  cast: Prisma.raw(cast),
});
const boolean = (column: string): FacetColumn => ({ kind: 'boolean', sql: Prisma.raw(column) });

/** The column (or expression) behind each facet. A resource type's group mirrors the catalog's grouping. */
export const facetColumns: Record<FacetName, FacetColumn> = {
  resourceTypes: scalar('resource_type'),
  resourceTypeGroups: scalar(
    "CASE resource_type WHEN 'COURSE' THEN 'COURSE' WHEN 'PROGRAM' THEN 'PROGRAM' ELSE 'LEARNING_MATERIAL' END",
  ),
  topics: array('topic_ids', 'uuid[]'),
  offerors: scalar('offeror'),
  platforms: scalar('platform'),
  departments: array('departments', 'text[]'),
  levels: array('levels', 'text[]'),
  certification: boolean('certification'),
  certificationTypes: scalar('certification_type'),
  free: boolean('free'),
  professional: boolean('professional'),
  delivery: array('delivery', 'text[]'),
  languages: array('languages', 'text[]'),
};
