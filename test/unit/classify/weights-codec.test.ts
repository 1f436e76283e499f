import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  decodeSortedIndices,
  dequantise,
  encodeBase64,
  encodeSortedIndices,
  quantise,
} from '../../../src/classify/weights-codec.ts';

describe('base64', () => {
  it.each([
    [[], ''],
    [[0], 'AA=='],
    [[255, 254], '//4='],
    [[77, 97, 110], 'TWFu'],
  ])('%j ⇄ %j', (bytes, text) => {
    expect(encodeBase64(Uint8Array.from(bytes))).toBe(text);
    expect([...decodeBase64(text)]).toEqual(bytes);
  });

  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => decodeBase64('ab$d')).toThrow(/base64/);
  });
});

describe('sorted indices', () => {
  it('round-trips gaps of every varint length', () => {
    const indices = [0, 1, 127, 128, 16_511, 16_512, 2_113_663, 4_194_303];
    const bytes = encodeSortedIndices(indices);
    expect([...decodeSortedIndices(bytes, indices.length)]).toEqual(indices);
  });

  it('refuses unsorted or repeated indices', () => {
    expect(() => encodeSortedIndices([3, 2])).toThrow();
    expect(() => encodeSortedIndices([2, 2])).toThrow();
  });
});

describe('quantise', () => {
  it('round-trips within half a step', () => {
    const values = [0.5, -1.27, 0.013, 0, 0.9, -0.0001];
    const q = quantise(values);
    expect(Math.max(...[...q.values].map(Math.abs))).toBe(127);
    const back = dequantise(q);
    values.forEach((value, i) => {
      expect(Math.abs((back[i] as number) - value)).toBeLessThanOrEqual(q.scale / 2 + 1e-7);
    });
  });

  it('keeps signs and maps all zeros to zeros', () => {
    expect([...quantise([2, -2]).values]).toEqual([127, -127]);
    expect([...dequantise(quantise([0, 0, 0]))]).toEqual([0, 0, 0]);
  });
});
