import type { Embedder } from './embedder.js';
import { hashedNgramEmbedder } from './hashed-ngram-embedder.js';
import { openAiEmbedder } from './openai-embedder.js';

/**
 * The configured embedder: the OpenAI-compatible endpoint when `EMBEDDINGS_URL` is set, else the offline one.
 *
 * @example
 * const embedder = embedderFromConfig({ EMBEDDINGS_URL: undefined, EMBEDDINGS_MODEL: 'x' }); // hashed n-grams
 */
export function embedderFromConfig(config: {
  EMBEDDINGS_URL?: string | undefined;
  EMBEDDINGS_MODEL: string;
  EMBEDDINGS_API_KEY?: string | undefined;
}): Embedder {
  return config.EMBEDDINGS_URL
    ? openAiEmbedder({ url: config.EMBEDDINGS_URL, model: config.EMBEDDINGS_MODEL, apiKey: config.EMBEDDINGS_API_KEY })
    : hashedNgramEmbedder();
}
