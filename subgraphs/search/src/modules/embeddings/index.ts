export type { Embedder } from './embedder.js';
export { embeddingText } from './embedder.js';
export { embedderFromConfig } from './embedder-from-config.js';
export { hashedNgramEmbedder } from './hashed-ngram-embedder.js';
export { openAiEmbedder } from './openai-embedder.js';
