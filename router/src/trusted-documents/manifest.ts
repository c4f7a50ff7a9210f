import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '@learngraph/service-kit';
import { Kind, parse } from 'graphql';

/** The documents first-party clients may run, by the hex SHA-256 of their text, and the names of their operations. */
export interface TrustedDocuments {
  documents: ReadonlyMap<string, string>;
  operationNames: readonly string[];
}

const manifestKey = /^sha256:([0-9a-f]{64})$/;

const invalid = (variable: string, path: string, problem: string) =>
  new ConfigError(`Invalid configuration: ${variable} (${path}) ${problem}`);

/**
 * Reads the persisted-documents manifest that codegen's client preset writes (`{ "sha256:<hex>": "<document>" }`),
 * checking that every key is the SHA-256 of its document and that every document parses; anything wrong is a
 * `ConfigError` naming `variable`, so the router refuses to start rather than trust the wrong documents.
 *
 * @example
 * const trusted = loadTrustedDocuments('web/src/gql/persisted-documents.json', 'TRUSTED_DOCUMENTS_MANIFEST');
 */
export function loadTrustedDocuments(path: string, variable: string): TrustedDocuments {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw invalid(variable, path, `cannot be read as JSON: ${(error as Error).message}`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
    throw invalid(variable, path, 'is not an object of documents by hash');
  const documents = new Map<string, string>();
  const operationNames = new Set<string>();
  for (const [key, text] of Object.entries(manifest)) {
    const hash = manifestKey.exec(key)?.[1];
    if (!hash || typeof text !== 'string')
      throw invalid(variable, path, `has an entry that is not "sha256:<hex>": "<document>"`);
    if (createHash('sha256').update(text).digest('hex') !== hash)
      throw invalid(variable, path, `has a document whose hash is not ${key}`);
    try {
      for (const definition of parse(text).definitions)
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) operationNames.add(definition.name.value);
    } catch {
      throw invalid(variable, path, `has a document that does not parse (${key})`);
    }
    documents.set(hash, text);
  }
  return { documents, operationNames: [...operationNames] };
}

/** No trusted documents: every document must then be sent in full, and is accepted only when not required. */
export const noTrustedDocuments: TrustedDocuments = { documents: new Map(), operationNames: [] };

// The web app's manifest in this repository, as `pnpm codegen` writes it (from router/dist/trusted-documents/).
const repositoryManifest = fileURLToPath(new URL('../../../web/src/gql/persisted-documents.json', import.meta.url));

/**
 * The trusted documents as the configuration names them: the manifest at `TRUSTED_DOCUMENTS_MANIFEST`, else the
 * web app's one in this repository when present; with none, a router that requires trusted documents refuses to
 * start.
 *
 * @example
 * const trusted = configuredTrustedDocuments(env.TRUSTED_DOCUMENTS_MANIFEST, true);
 */
export function configuredTrustedDocuments(path: string | undefined, required: boolean): TrustedDocuments {
  if (path) return loadTrustedDocuments(resolve(path), 'TRUSTED_DOCUMENTS_MANIFEST');
  if (existsSync(repositoryManifest)) return loadTrustedDocuments(repositoryManifest, 'TRUSTED_DOCUMENTS_MANIFEST');
  if (required)
    throw new ConfigError(
      'Invalid configuration: TRUSTED_DOCUMENTS_MANIFEST is required while REQUIRE_TRUSTED_DOCUMENTS is true',
    );
  return noTrustedDocuments;
}
