/** Turns texts into unit-length vectors; `id` changes whenever the vectors would. */
export interface Embedder {
  readonly id: string;
  embed(texts: string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>;
}

export function normalizeVector(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}
