import { getConfig } from '@/config';
import { resourceSitemapCursors } from '@/lib/sitemap-data';
import { sitemapIndex, xmlResponse } from '@/lib/sitemap-xml';

/**
 * `GET /sitemap.xml`: the index of the site's sitemaps: its own, topic, offeror and department pages; public
 * learning paths; and the resources, 1,000 a sitemap. 503 when the router cannot answer.
 */
export async function GET(): Promise<Response> {
  const cursors = await resourceSitemapCursors();
  if (!cursors.ok) return new Response(cursors.error.message, { status: 503 });
  const resources = cursors.data.map((after) => ({
    path: after ? `/sitemaps/resources.xml?after=${encodeURIComponent(after)}` : '/sitemaps/resources.xml',
  }));
  const entries = [{ path: '/sitemaps/pages.xml' }, { path: '/sitemaps/paths.xml' }, ...resources];
  return xmlResponse(sitemapIndex(getConfig().siteUrl, entries));
}
