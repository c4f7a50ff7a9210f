import { writeFile } from 'node:fs/promises';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildLearningPathsSchema } from './schema.js';

// Writes the subgraph's SDL where composition reads it; run by `pnpm compose`.
await writeFile(new URL('../schema.graphql', import.meta.url), printSubgraphSchema(await buildLearningPathsSchema()));
