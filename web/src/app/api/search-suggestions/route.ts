import { searchSuggestions } from '@/lib/search';

// the API's limit on a prefix
const MAX_PREFIX_LENGTH = 100;

/**
 * `GET /api/search-suggestions?prefix=qua`: the search box's suggestions as a JSON array of words. A missing,
 * empty or too long prefix is a 400 with a message; when the router cannot answer, the box shows none (503).
 */
export async function GET(request: Request): Promise<Response> {
  const prefix = new URL(request.url).searchParams.get('prefix')?.trim().toLowerCase() ?? '';
  if (prefix.length === 0 || prefix.length > MAX_PREFIX_LENGTH) {
    return Response.json({ error: `prefix must be 1 to ${MAX_PREFIX_LENGTH} characters.` }, { status: 400 });
  }
  const result = await searchSuggestions(prefix);
  if (!result.ok) return Response.json({ error: result.error.message }, { status: 503 });
  // the same prefix completes the same way for a while; browsers may keep the answer briefly
  return Response.json(result.data, { headers: { 'cache-control': 'public, max-age=60' } });
}
