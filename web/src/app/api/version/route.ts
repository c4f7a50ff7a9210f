/** `GET /api/version`: the commit this site was built from, as `{ "buildId": "<sha>" }`. */
export function GET(): Response {
  return Response.json({ buildId: process.env.LEARNGRAPH_BUILD_ID }, { headers: { 'cache-control': 'no-store' } });
}
