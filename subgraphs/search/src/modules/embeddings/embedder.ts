/** Turns texts into unit-length vectors whose dot product says how alike the texts are. */
export interface Embedder {
  /** Names the model; vectors of different models are not comparable (a change needs a reindex). */
  readonly name: string;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Scales a vector to unit length (a zero vector stays zero), so that cosine similarity is a dot product. */
export function normalize(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  if (norm === 0) return vector;
  const scale = 1 / Math.sqrt(norm);
  for (let index = 0; index < vector.length; index += 1) vector[index] = (vector[index] ?? 0) * scale;
  return vector;
}

/** The text a resource is embedded from: what it is called, its topics (with their ancestors), what it covers. */
export const embeddingText = (resource: { title: string; description: string | null; topicNames: string[] }) =>
  [resource.title, resource.topicNames.join(', '), resource.description ?? ''].join('\n');
