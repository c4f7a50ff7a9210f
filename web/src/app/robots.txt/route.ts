import { connection } from 'next/server';
import { getConfig } from '@/config';

/**
 * `GET /robots.txt`: every page may be crawled except the search results (endless combinations of the same
 * resources) and the API routes; the sitemap index says where the pages are.
 */
export async function GET(): Promise<Response> {
  // the site's origin is configuration read when the server runs, never at build
  await connection();
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /search',
    'Disallow: /api/',
    '',
    `Sitemap: ${getConfig().siteUrl}/sitemap.xml`,
    '',
  ];
  return new Response(body.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
