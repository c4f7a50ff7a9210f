import { getConfig } from '@/config';
import { pageCursor } from '@/lib/page-cursor';
import type { Result } from '@/lib/result';
import { pageSitemapEntries, pathSitemapEntries, resourceSitemapEntries } from '@/lib/sitemap-data';
import { type SitemapEntry, urlSet, xmlResponse } from '@/lib/sitemap-xml';

/**
 * `GET /sitemaps/pages.xml`, `/sitemaps/paths.xml` and `/sitemaps/resources.xml?after=<cursor>`: the sitemaps
 * that `/sitemap.xml` lists. 404 for another name, 503 when the router cannot answer.
 */
export async function GET(request: Request, { params }: RouteContext<'/sitemaps/[name]'>): Promise<Response> {
  const { name } = await params;
  let result: Result<SitemapEntry[]>;
  if (name === 'pages.xml') result = await pageSitemapEntries();
  else if (name === 'paths.xml') result = await pathSitemapEntries();
  else if (name === 'resources.xml') {
    const after = pageCursor(new URL(request.url).searchParams.get('after') ?? undefined);
    result = await resourceSitemapEntries(after ?? null);
  } else return new Response('No such sitemap.', { status: 404 });
  if (!result.ok) {
    return new Response(result.error.message, { status: result.error.kind === 'rejected' ? 404 : 503 });
  }
  return xmlResponse(urlSet(getConfig().siteUrl, result.data));
}
