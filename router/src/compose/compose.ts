import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { publicSchema } from '../contract/public-schema.js';

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

/** Thrown when the subgraphs do not compose; the message lists every composition error. */
export class CompositionError extends Error {
  override name = 'CompositionError';
}

/**
 * Composes subgraph schemas into the supergraph the router serves, the API schema clients see (the supergraph
 * without federation machinery), as codegen reads it, and the public schema partners see (see `publicSchema`).
 */
export function compose(subgraphs: SubgraphSource[]): {
  supergraphSdl: string;
  apiSchemaSdl: string;
  publicSchemaSdl: string;
} {
  const result = composeServices(
    subgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) })),
  );
  if (result.errors) {
    throw new CompositionError(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: `${printSchema(apiSchema)}\n`,
    publicSchemaSdl: `${printSchema(publicSchema(apiSchema, result.supergraphSdl))}\n`,
  };
}

interface ComposeConfig {
  subgraphs: Record<string, { schema: string; url: string }>;
}

/** Reads the composition config (`supergraph.config.json`) and every subgraph SDL file it names. */
export async function readSubgraphSources(configPath: string): Promise<SubgraphSource[]> {
  const config = JSON.parse(await readFile(configPath, 'utf8')) as ComposeConfig;
  return Promise.all(
    Object.entries(config.subgraphs).map(async ([name, { schema, url }]) => ({
      name,
      url,
      sdl: await readFile(resolve(dirname(configPath), schema), 'utf8'),
    })),
  );
}
