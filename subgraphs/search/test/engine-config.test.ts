import { describe, expect, it } from 'vitest';
import { readEngineConfig } from '../src/config.js';

describe('SEARCH_ENGINE configuration', () => {
  it('defaults to the embedded PostgreSQL engine', () => {
    expect(readEngineConfig({})).toEqual({ kind: 'postgres' });
  });

  it('names the missing server URLs when OpenSearch is chosen', () => {
    expect(() => readEngineConfig({ SEARCH_ENGINE: 'opensearch' })).toThrow(
      /OPENSEARCH_URL is required.*QDRANT_URL is required/,
    );
  });

  it('reads the servers, index alias and collection for OpenSearch', () => {
    const config = readEngineConfig({
      SEARCH_ENGINE: 'opensearch',
      OPENSEARCH_URL: 'http://127.0.0.1:9200',
      QDRANT_URL: 'http://127.0.0.1:6333',
    });
    expect(config).toEqual({
      kind: 'opensearch',
      OPENSEARCH_URL: 'http://127.0.0.1:9200',
      QDRANT_URL: 'http://127.0.0.1:6333',
      OPENSEARCH_INDEX: 'learning-resources',
      QDRANT_COLLECTION: 'learning-resources',
    });
  });

  it('refuses an unknown engine by name', () => {
    expect(() => readEngineConfig({ SEARCH_ENGINE: 'solr' })).toThrow(/SEARCH_ENGINE is invalid/);
  });
});
