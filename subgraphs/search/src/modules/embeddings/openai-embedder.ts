import { z } from 'zod';
import { type Embedder, normalize } from './embedder.js';

const responseSchema = z.object({
  data: z.array(z.object({ index: z.number().int(), embedding: z.array(z.number()) })),
});

export interface OpenAiEmbedderOptions {
  /** Base URL of an OpenAI-compatible API, e.g. `https://api.openai.com/v1`; `/embeddings` is appended. */
  url: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
}

/**
 * Embeddings from an OpenAI-compatible `/embeddings` endpoint (OpenAI, a local vLLM or llama.cpp server,
 * Ollama's compatibility API). A failed or malformed answer throws, so the event is retried.
 *
 * @example
 * const embedder = openAiEmbedder({ url: 'http://127.0.0.1:8080/v1', model: 'nomic-embed-text' });
 */
export function openAiEmbedder(options: OpenAiEmbedderOptions): Embedder {
  const endpoint = `${options.url.replace(/\/$/, '')}/embeddings`;
  return {
    name: `openai:${options.model}`,
    async embed(texts) {
      if (texts.length === 0) return [];
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify({ model: options.model, input: texts }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (!response.ok) throw new Error(`The embeddings endpoint answered ${response.status}.`);
      const { data } = responseSchema.parse(await response.json());
      if (data.length !== texts.length) throw new Error('The embeddings endpoint answered a different count.');
      return [...data].sort((a, b) => a.index - b.index).map((item) => normalize(Float32Array.from(item.embedding)));
    },
  };
}
