import { describe, expect, it } from 'vitest';
import { CONTEXT_INPUTS, contextInputs, contextLogits } from '../../../src/classify/context.ts';

const at = (name: (typeof CONTEXT_INPUTS)[number]) => CONTEXT_INPUTS.indexOf(name);
const doc = (...logits: number[]) => logits.map((z) => Float64Array.of(z));

describe('contextInputs', () => {
  it('gives a lone paragraph no neighbours and marks it first and last', () => {
    const [only] = contextInputs(doc(2), 0, [100]);
    expect([...(only ?? [])]).toEqual([2, 0, 0, 0, 0, 1, 1, Math.log1p(100) / 5]);
  });

  it('reads the neighbours, the mean of the rest and the position', () => {
    const rows = contextInputs(doc(1, 2, 3, 6), 0, [10, 10, 10, 10]);
    const second = rows[1] as Float64Array;
    expect(second[at('self')]).toBe(2);
    expect(second[at('previous')]).toBe(1);
    expect(second[at('next')]).toBe(3);
    expect(second[at('rest')]).toBeCloseTo((1 + 3 + 6) / 3, 12);
    expect(second[at('position')]).toBeCloseTo(1 / 3, 12);
    expect([second[at('first')], second[at('last')]]).toEqual([0, 0]);
    expect((rows[3] as Float64Array)[at('last')]).toBe(1);
  });

  it('clips extreme logits so one paragraph cannot swamp the document', () => {
    const rows = contextInputs(doc(-1000, 0), 0, [1, 1]);
    expect((rows[1] as Float64Array)[at('previous')]).toBe(-12);
  });
});

describe('contextLogits', () => {
  it('is the weighted sum of the inputs plus the bias, per label', () => {
    const previousOnly = CONTEXT_INPUTS.map((name) => (name === 'previous' ? 2 : 0));
    const z = contextLogits(doc(5, -1), [1, 1], { weights: [[...previousOnly, 0.5]], thresholds: [0.5] });
    expect(z.map((row) => row[0])).toEqual([0.5, 10.5]);
  });
});
