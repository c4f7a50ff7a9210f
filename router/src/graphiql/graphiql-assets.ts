import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The files GraphiQL's page loads, from the router's own node_modules (React 18 is the last with UMD builds). */
const files: Record<string, { module: string; file: string; type: string }> = {
  'react.js': { module: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql', file: 'dist/index.umd.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql', file: 'dist/style.css', type: 'text/css' },
};

// The packages' export maps do not list these files; they are found from each package's own folder.
const pathOf = (module: string, file: string) => join(dirname(require.resolve(`${module}/package.json`)), file);

// Starts GraphiQL against this router; a file of its own so that the page's policy can forbid inline scripts.
const start = `
const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', location.href).href });
ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher }));
`;

const send = (res: ServerResponse, type: string, body: string | Buffer) => {
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
  res.end(body);
};

/**
 * The routes of GraphiQL's scripts and styles, `/graphiql/<file>`, each read from its package on first use.
 *
 * @example
 * createServiceServer({ graphql, routes: graphiqlAssetRoutes(), readiness, logger });
 */
export function graphiqlAssetRoutes(): Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> {
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
    '/graphiql/start.js': async (_req, res) => send(res, 'text/javascript', start),
  };
  for (const [name, { module, file, type }] of Object.entries(files)) {
    let content: Promise<Buffer> | undefined;
    routes[`/graphiql/${name}`] = async (_req, res) => {
      content ??= readFile(pathOf(module, file));
      send(res, type, await content);
    };
  }
  return routes;
}
