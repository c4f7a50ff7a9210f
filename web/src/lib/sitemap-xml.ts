/** One address in a sitemap, relative to the site, with when it last changed when known. */
export interface SitemapEntry {
  path: string;
  lastModified?: string | null;
}

/**
 * A `<urlset>` sitemap of absolute addresses on the site's origin.
 * @example urlSet('https://learn.example.org', [{ path: '/search' }])
 */
export function urlSet(origin: string, entries: readonly SitemapEntry[]): string {
  return document('urlset', 'url', origin, entries);
}

/**
 * A `<sitemapindex>` listing other sitemaps of the site.
 * @example sitemapIndex('https://learn.example.org', [{ path: '/sitemaps/pages.xml' }])
 */
export function sitemapIndex(origin: string, entries: readonly SitemapEntry[]): string {
  return document('sitemapindex', 'sitemap', origin, entries);
}

/**
 * An XML answer that proxies and browsers may keep for an hour.
 * @example return xmlResponse(urlSet(origin, entries));
 */
export function xmlResponse(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}

function document(root: string, item: string, origin: string, entries: readonly SitemapEntry[]): string {
  const items = entries.map(({ path, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : '';
    return `<${item}><loc>${escapeXml(origin + path)}</loc>${lastmod}</${item}>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</${root}>\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
