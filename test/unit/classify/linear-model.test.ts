import { describe, expect, it } from 'vitest';
import { CONTEXT_INPUTS } from '../../../src/classify/context.ts';
import { type FeatureSpec, vectorise } from '../../../src/classify/features.ts';
import { LABELS } from '../../../src/classify/labels.ts';
import { createLinearClassifier, type LinearWeights } from '../../../src/classify/linear-model.ts';
import { encodeBase64, encodeSortedIndices, quantise } from '../../../src/classify/weights-codec.ts';

const spec: FeatureSpec = { bucketBits: 22, bigrams: false, headingWeight: 0.5 };
const bucketOf = (word: string) => vectorise(word, '', spec).indices[0] as number;

/** A model that knows two words: "encrypt" → Data Security, "retain" → Data Retention. */
function tinyModel(): LinearWeights {
  const security = LABELS.indexOf('Data Security');
  const retention = LABELS.indexOf('Data Retention');
  const rows = [
    { bucket: bucketOf('encrypt'), label: security },
    { bucket: bucketOf('retain'), label: retention },
  ].sort((a, b) => a.bucket - b.bucket);
  const columns = LABELS.map((_, label) => quantise(rows.map((row) => (row.label === label ? 8 : 0))));
  const weights = new Int8Array(rows.length * LABELS.length);
  rows.forEach((_, r) => {
    columns.forEach((q, label) => {
      weights[r * LABELS.length + label] = q.values[r] as number;
    });
  });
  return {
    format: 'policy-lens-linear',
    version: 1,
    id: 'tiny-test',
    labels: [...LABELS],
    features: spec,
    rows: rows.length,
    buckets: encodeBase64(encodeSortedIndices(rows.map((row) => row.bucket))),
    weights: encodeBase64(new Uint8Array(weights.buffer)),
    scales: columns.map((q) => q.scale),
    bias: LABELS.map(() => -4),
    paragraphShare: LABELS.map(() => 1),
    thresholds: LABELS.map(() => 0.5),
    atLeastOne: false,
  };
}

describe('createLinearClassifier', () => {
  const classifier = createLinearClassifier(tinyModel());

  it.each([
    ['encrypt', ['Data Security']],
    ['retain', ['Data Retention']],
    ['encrypt retain', ['Data Security', 'Data Retention']],
    ['unrelated words only', []],
    ['', []],
  ])('%j → %j', (text, labels) => {
    expect([...classifier.predict({ text, heading: '' }).labels].sort()).toEqual([...labels].sort());
  });

  it('scores every label in [0, 1], bias alone for unknown text', () => {
    const { scores } = classifier.predict({ text: 'nothing known', heading: '' });
    expect(Object.keys(scores).sort()).toEqual([...LABELS].sort());
    for (const label of LABELS) expect(scores[label]).toBeCloseTo(1 / (1 + Math.exp(4)), 6);
  });

  it('lists assigned labels most confident first', () => {
    const { labels, scores } = classifier.predict({ text: 'encrypt encrypt retain', heading: '' });
    expect(labels).toEqual(['Data Security', 'Data Retention']);
    expect(scores['Data Security']).toBeGreaterThan(scores['Data Retention']);
  });

  it('respects per-label thresholds', () => {
    const strict = tinyModel();
    strict.thresholds = LABELS.map((label) => (label === 'Data Security' ? 0.999 : 0.5));
    expect(createLinearClassifier(strict).predict({ text: 'encrypt', heading: '' }).labels).toEqual([]);
  });

  it('with atLeastOne, assigns the category closest to its threshold, but never to unknown text', () => {
    const eager = tinyModel();
    eager.atLeastOne = true;
    eager.thresholds = LABELS.map((label) => (label === 'Data Security' ? 0.99 : 0.5));
    const classifier = createLinearClassifier(eager);
    expect(classifier.predict({ text: 'encrypt', heading: '' }).labels).toEqual(['Data Security']);
    expect(classifier.predict({ text: 'retain', heading: '' }).labels).toEqual(['Data Retention']);
    expect(classifier.predict({ text: 'nothing known here', heading: '' }).labels).toEqual([]);
  });

  it('mixes in the best sentence: one strong sentence lifts a long paragraph', () => {
    const filler = 'we describe many things here in great detail and at length';
    const text = `${filler}. ${filler}. ${filler}. retain retain.`;
    const mixed = tinyModel();
    mixed.paragraphShare = LABELS.map(() => 0.5);
    const whole = createLinearClassifier(tinyModel()).predict({ text, heading: '' }).scores['Data Retention'];
    const withSentence = createLinearClassifier(mixed).predict({ text, heading: '' }).scores['Data Retention'];
    expect(withSentence).toBeGreaterThan(whole);
  });

  it('rejects weights for labels it does not know', () => {
    const broken = tinyModel();
    broken.labels = broken.labels.map((label) => (label === 'Other' ? 'Misc' : label));
    expect(() => createLinearClassifier(broken)).toThrow(/Misc/);
  });
});

describe('evidence', () => {
  const mixed = () => ({ ...tinyModel(), paragraphShare: LABELS.map(() => 0.5) });
  const text = 'Thanks for reading. We encrypt encrypt encrypt everything. Then we retain it retain it retain it.';
  const quoted = (range: [number, number] | undefined) => (range ? text.slice(...range).trim() : null);

  it('names, per assigned label, the sentence that carries it most', () => {
    const { labels, evidence } = createLinearClassifier(mixed()).predict({ text, heading: '' });
    expect([...labels].sort()).toEqual(['Data Retention', 'Data Security']);
    expect(quoted(evidence?.['Data Security'])).toBe('We encrypt encrypt encrypt everything.');
    expect(quoted(evidence?.['Data Retention'])).toBe('Then we retain it retain it retain it.');
    expect(Object.keys(evidence ?? {}).sort()).toEqual(['Data Retention', 'Data Security']);
  });

  it('names none for a single sentence, where the whole text is the evidence', () => {
    expect(createLinearClassifier(mixed()).predict({ text: 'We encrypt encrypt it.', heading: '' }).evidence).toBe(
      undefined,
    );
  });

  it('keeps it through the document-level judgement', () => {
    const [prediction] = createLinearClassifier(mixed()).predictDocument?.([{ text, heading: '' }]) ?? [];
    expect(quoted(prediction?.evidence?.['Data Security'])).toBe('We encrypt encrypt encrypt everything.');
  });
});

describe('predictDocument', () => {
  const security = LABELS.indexOf('Data Security');
  /** A second stage that judges Data Security by the previous paragraph alone, every other label by itself. */
  function withContext(): LinearWeights {
    const weights = tinyModel();
    const own = CONTEXT_INPUTS.map((name) => (name === 'self' ? 1 : 0));
    const previous = CONTEXT_INPUTS.map((name) => (name === 'previous' ? 2 : 0));
    weights.context = {
      weights: LABELS.map((_, label) => (label === security ? [...previous, -1] : [...own, 0])),
      thresholds: LABELS.map(() => 0.5),
    };
    return weights;
  }
  const inputs = ['encrypt encrypt encrypt', 'retain', 'nothing known'].map((text) => ({ text, heading: '' }));

  it('without a second stage, judges each paragraph as predict does', () => {
    const classifier = createLinearClassifier(tinyModel());
    expect(classifier.predictDocument?.(inputs)).toEqual(inputs.map((input) => classifier.predict(input)));
  });

  it('with one, lets a paragraph see its neighbour', () => {
    const labels = createLinearClassifier(withContext())
      .predictDocument?.(inputs)
      .map((prediction) => [...prediction.labels].sort());
    expect(labels).toEqual([[], ['Data Retention', 'Data Security'], []]);
  });

  it('never labels text it knows no word of by its neighbours', () => {
    const document = ['encrypt encrypt encrypt', 'nothing known'].map((text) => ({ text, heading: '' }));
    const [, unknown] = createLinearClassifier(withContext()).predictDocument?.(document) ?? [];
    expect(unknown?.labels).toEqual([]);
  });

  it('gives the same answers when a document is judged again (first-stage logits are memoised)', () => {
    const classifier = createLinearClassifier(withContext());
    const first = classifier.predictDocument?.(inputs);
    expect(classifier.predictDocument?.(inputs)).toEqual(first);
    expect(classifier.predictDocument?.([...inputs].reverse())?.[2]?.labels).toEqual([]);
  });
});
