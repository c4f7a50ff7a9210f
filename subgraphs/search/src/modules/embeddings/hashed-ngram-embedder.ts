import { type Embedder, normalize } from './embedder.js';

/** FNV-1a, 32 bits: a fast, stable hash, so a feature lands in the same dimension on every machine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function addFeature(vector: Float32Array, feature: string, weight: number): void {
  const hash = fnv1a(feature);
  // The top bit picks the sign, so collisions cancel out on average instead of piling up.
  const index = hash % vector.length;
  vector[index] = (vector[index] ?? 0) + (hash & 0x80000000 ? -weight : weight);
}

/**
 * The offline embedder: feature hashing of each word and of its character trigrams (with word boundaries)
 * into `dimensions` numbers. It is lexical, not semantic: texts sharing words or word pieces ("quantum",
 * "quantitative") come out alike, synonyms with nothing in common ("car", "automobile") do not. It needs no
 * model, no network and no training, and is deterministic.
 *
 * @example
 * const [vector] = await hashedNgramEmbedder().embed(['Linear Algebra']);
 */
export function hashedNgramEmbedder(dimensions = 128): Embedder {
  return {
    name: `hashed-ngrams-${dimensions}`,
    async embed(texts) {
      return texts.map((text) => {
        const vector = new Float32Array(dimensions);
        for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
          addFeature(vector, `w:${word}`, 1);
          const bounded = `#${word}#`;
          for (let index = 0; index + 3 <= bounded.length; index += 1) {
            addFeature(vector, bounded.slice(index, index + 3), 0.5);
          }
        }
        return normalize(vector);
      });
    },
  };
}
