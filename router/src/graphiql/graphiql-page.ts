import type { IncomingMessage, ServerResponse } from 'node:http';
import { graphiqlAssetRoutes } from './graphiql-assets.js';

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Learngraph GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script src="/graphiql/start.js"></script>
</body>
</html>
`;

// Everything from this origin; GraphiQL sets styles inline and draws icons as data: URLs.
const policy =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * GraphiQL for developers, entirely from the router's own assets (nothing from a CDN, so it works offline): a
 * browser's `GET /graphql` (one that accepts HTML) gets the page, everything else goes to `graphql`. The page's
 * content security policy allows nothing from other origins.
 *
 * @example
 * const { graphql, routes } = withGraphiQL(handle);
 * createServiceServer({ graphql, routes, readiness, logger });
 */
export function withGraphiQL(graphql: Handler): { graphql: Handler; routes: Record<string, Handler> } {
  return {
    graphql: async (req, res) => {
      if (req.method !== 'GET' || !req.headers.accept?.includes('text/html')) return graphql(req, res);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
      res.end(page);
    },
    routes: graphiqlAssetRoutes(),
  };
}
