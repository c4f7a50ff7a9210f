import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// read once at build and served as a static file: the schema of the build's own commit, whether or not the
// router's folder is beside the deployed site
export const dynamic = 'force-static';

/** The public contract the router serves partners (`router/public-schema.graphql`), for codegen and for reading. */
export function GET(): Response {
  const schema = readFileSync(join(process.cwd(), '..', 'router', 'public-schema.graphql'), 'utf8');
  return new Response(schema, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-disposition': 'inline; filename="learngraph-schema.graphql"',
    },
  });
}
