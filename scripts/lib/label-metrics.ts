/**
 * Multi-label metrics as OPP-115 results are reported: per-label precision, recall and F1, micro- and macro-F1 over
 * the ten categories (majority labels), and the derived Advertising label on its own.
 */
import { LABELS, type Label, OPP_CATEGORIES } from '../../src/classify/labels.ts';

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  predicted: number;
}

export interface Report {
  segments: number;
  microF1: number;
  macroF1: number;
  advertisingF1: number;
  perLabel: Record<Label, LabelScore>;
}

export function f1(truePositives: number, predicted: number, actual: number): number {
  return predicted + actual === 0 ? 0 : (2 * truePositives) / (predicted + actual);
}

function score(truePositives: number, predicted: number, actual: number): LabelScore {
  return {
    precision: predicted === 0 ? 0 : truePositives / predicted,
    recall: actual === 0 ? 0 : truePositives / actual,
    f1: f1(truePositives, predicted, actual),
    support: actual,
    predicted,
  };
}

/** Scores predicted label sets against gold label sets, segment by segment. */
export function evaluate(gold: readonly Label[][], predicted: readonly Label[][]): Report {
  const counts = new Map<Label, { tp: number; predicted: number; actual: number }>();
  for (const label of LABELS) counts.set(label, { tp: 0, predicted: 0, actual: 0 });
  gold.forEach((truth, i) => {
    const guess = new Set(predicted[i] ?? []);
    for (const label of LABELS) {
      const entry = counts.get(label) as { tp: number; predicted: number; actual: number };
      const isTrue = truth.includes(label);
      if (isTrue) entry.actual++;
      if (guess.has(label)) entry.predicted++;
      if (isTrue && guess.has(label)) entry.tp++;
    }
  });
  const perLabel = {} as Record<Label, LabelScore>;
  for (const [label, c] of counts) perLabel[label] = score(c.tp, c.predicted, c.actual);
  const sum = { tp: 0, predicted: 0, actual: 0 };
  for (const category of OPP_CATEGORIES) {
    const c = counts.get(category) as { tp: number; predicted: number; actual: number };
    sum.tp += c.tp;
    sum.predicted += c.predicted;
    sum.actual += c.actual;
  }
  const macroF1 = OPP_CATEGORIES.reduce((total, category) => total + perLabel[category].f1, 0) / OPP_CATEGORIES.length;
  return {
    segments: gold.length,
    microF1: f1(sum.tp, sum.predicted, sum.actual),
    macroF1,
    advertisingF1: perLabel.Advertising.f1,
    perLabel,
  };
}
