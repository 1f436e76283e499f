import { describe, expect, it } from 'vitest';
import { decodeEmbeddings, embeddingWords, meanEmbedding } from '../../../src/classify/embeddings.ts';
import { type FeatureSpec, vectorise } from '../../../src/classify/features.ts';
import { encodeBase64 } from '../../../src/classify/weights-codec.ts';

/** Two words in two dimensions: share → (1, 0), sell → (0, 1). */
const table = decodeEmbeddings({
  dimensions: 2,
  words: 'sell share',
  vectors: encodeBase64(new Uint8Array(Int8Array.of(0, 100, 100, 0).buffer)),
  scale: 0.01,
});

describe('embeddings', () => {
  it('splits words as the vectors know them (lower case, no stemming)', () => {
    expect(embeddingWords('We SHARE data, don’t we?')).toEqual(['we', 'share', 'data', 'don', 't', 'we']);
  });

  it('averages the known words and normalises the mean', () => {
    const mean = meanEmbedding('We share and sell.', table);
    expect([...(mean ?? [])].map((v) => v.toFixed(4))).toEqual([Math.SQRT1_2, Math.SQRT1_2].map((v) => v.toFixed(4)));
    expect(meanEmbedding('nothing known here', table)).toBeUndefined();
  });

  it('rejects a table whose vectors do not match its words', () => {
    expect(() =>
      decodeEmbeddings({ dimensions: 3, words: 'a b', vectors: encodeBase64(new Uint8Array(4)), scale: 1 }),
    ).toThrow();
  });

  it('appends the mean vector after the hash buckets, scaled, only when the spec asks for it', () => {
    const spec: FeatureSpec = { bucketBits: 10, bigrams: false, headingWeight: 0.5 };
    const plain = vectorise('we share', '', spec, table);
    const withVectors = vectorise('we share', '', { ...spec, embeddingWeight: 0.5 }, table);
    expect(withVectors.indices.length).toBe(plain.indices.length + 2);
    expect([...withVectors.indices.slice(-2)]).toEqual([1024, 1025]);
    expect([...withVectors.values.slice(-2)]).toEqual([0.5, 0]);
  });
});
