import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compose, readSubgraphSources } from './compose.js';

// `pnpm compose` writes the composed files; `--check` fails instead when the committed ones are stale.
const routerDir = fileURLToPath(new URL('../../', import.meta.url));
const outputs = {
  supergraph: `${routerDir}supergraph.graphql`,
  apiSchema: `${routerDir}api-schema.graphql`,
  publicSchema: `${routerDir}public-schema.graphql`,
};

async function main(check: boolean): Promise<number> {
  const { supergraphSdl, apiSchemaSdl, publicSchemaSdl } = compose(
    await readSubgraphSources(`${routerDir}supergraph.config.json`),
  );
  const wanted: Array<[string, string]> = [
    [outputs.supergraph, supergraphSdl],
    [outputs.apiSchema, apiSchemaSdl],
    [outputs.publicSchema, publicSchemaSdl],
  ];
  if (!check) {
    for (const [path, text] of wanted) await writeFile(path, text);
    console.log(`composed ${Object.values(outputs).join(', ')}`);
    return 0;
  }
  const stale = [];
  for (const [path, text] of wanted) {
    if ((await readFile(path, 'utf8').catch(() => '')) !== text) stale.push(path);
  }
  for (const path of stale) console.error(`${path} is out of date: run pnpm compose and commit the result`);
  return stale.length === 0 ? 0 : 1;
}

main(process.argv.includes('--check')).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
