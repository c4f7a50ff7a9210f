import { writeFile } from 'node:fs/promises';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildCatalogSchema } from './schema.js';

// Writes the subgraph's SDL where composition reads it; run by `pnpm compose`.
const target = new URL('../schema.graphql', import.meta.url);
await writeFile(target, printSubgraphSchema(await buildCatalogSchema()));
