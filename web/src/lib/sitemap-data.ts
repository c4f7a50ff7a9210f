import { SitemapLearningPathsDocument, SitemapResourcesDocument } from '@/gql/graphql';
import { executeGraphQL } from './execute-graphql';
import { listOfferors } from './learning-resources';
import type { Result } from './result';
import type { SitemapEntry } from './sitemap-xml';
import { listDepartments, listTopics } from './taxonomy';
import { taxonomyHref } from './taxonomy-href';

/** The API's largest page. */
const API_PAGE = 100;
/** Resources per sitemap: ten API pages. The protocol allows 50,000; smaller files answer faster. */
export const RESOURCES_PER_SITEMAP = 1000;
/** The sitemap protocol's limit on addresses in one file, which also bounds the paths sitemap. */
const MAX_ENTRIES = 50_000;

interface Page {
  entries: SitemapEntry[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * The cursor each resources sitemap starts after (`null` for the first), found by walking the catalog's ids a
 * page of 100 at a time: one router request per 100 resources.
 * @example const result = await resourceSitemapCursors(); // { ok: true, data: [null, 'Y3Vy…'] }
 */
export async function resourceSitemapCursors(): Promise<Result<Array<string | null>>> {
  const cursors: Array<string | null> = [null];
  let after: string | null = null;
  for (let walked = API_PAGE; ; walked += API_PAGE) {
    const page = await resourcePage(API_PAGE, after);
    if (!page.ok) return page;
    if (!page.data.hasNextPage) return { ok: true, data: cursors };
    after = page.data.endCursor;
    if (walked % RESOURCES_PER_SITEMAP === 0) cursors.push(after);
  }
}

/**
 * The resource pages of one resources sitemap: up to 1,000 after the cursor.
 * @example const result = await resourceSitemapEntries(null);
 */
export function resourceSitemapEntries(after: string | null): Promise<Result<SitemapEntry[]>> {
  return collect((cursor) => resourcePage(API_PAGE, cursor), after, RESOURCES_PER_SITEMAP);
}

/**
 * Every public learning path's page, up to the protocol's 50,000.
 * @example const result = await pathSitemapEntries();
 */
export function pathSitemapEntries(): Promise<Result<SitemapEntry[]>> {
  return collect(pathPage, null, MAX_ENTRIES);
}

/**
 * The site's own pages and every topic (roots and their sub-topics), offeror and department page.
 * @example const result = await pageSitemapEntries();
 */
export async function pageSitemapEntries(): Promise<Result<SitemapEntry[]>> {
  const [topics, offerors, departments] = await Promise.all([listTopics(), listOfferors(), listDepartments()]);
  if (!topics.ok) return topics;
  if (!offerors.ok) return offerors;
  if (!departments.ok) return departments;
  const allTopics = topics.data.flatMap((topic) => [topic, ...topic.children]);
  return {
    ok: true,
    data: [
      { path: '/' },
      { path: '/resources' },
      ...allTopics.map((topic) => ({ path: taxonomyHref('topics', topic.id) })),
      ...offerors.data.map((offeror) => ({ path: taxonomyHref('offerors', offeror.id) })),
      ...departments.data.map((department) => ({ path: taxonomyHref('departments', department.id) })),
    ],
  };
}

async function collect(
  next: (after: string | null) => Promise<Result<Page>>,
  after: string | null,
  limit: number,
): Promise<Result<SitemapEntry[]>> {
  const entries: SitemapEntry[] = [];
  let cursor = after;
  while (entries.length < limit) {
    const page = await next(cursor);
    if (!page.ok) return page;
    entries.push(...page.data.entries);
    if (!page.data.hasNextPage || !page.data.endCursor) break;
    cursor = page.data.endCursor;
  }
  return { ok: true, data: entries.slice(0, limit) };
}

async function resourcePage(first: number, after: string | null): Promise<Result<Page>> {
  const result = await executeGraphQL(SitemapResourcesDocument, { first, after });
  if (!result.ok) return result;
  const { edges, pageInfo } = result.data.learningResources;
  return {
    ok: true,
    data: {
      entries: edges.map(({ node }) => ({
        path: `/resources/${encodeURIComponent(node.id)}`,
        lastModified: node.lastModified,
      })),
      endCursor: pageInfo.endCursor ?? null,
      hasNextPage: pageInfo.hasNextPage,
    },
  };
}

async function pathPage(after: string | null): Promise<Result<Page>> {
  const result = await executeGraphQL(SitemapLearningPathsDocument, { first: API_PAGE, after });
  if (!result.ok) return result;
  const { edges, pageInfo } = result.data.learningPaths;
  return {
    ok: true,
    data: {
      entries: edges.map(({ node }) => ({
        path: `/paths/${encodeURIComponent(node.id)}`,
        lastModified: node.updatedAt,
      })),
      endCursor: pageInfo.endCursor ?? null,
      hasNextPage: pageInfo.hasNextPage,
    },
  };
}
