/**
 * Trains the paragraph classifier on OPP-115 and writes model/policy-lens-linear.json and model/README.md.
 * Usage: npx tsx scripts/train.ts. Deterministic: same data, same weights. Data: ../shared/datasets
 * (POLICY_LENS_DATASETS overrides).
 *
 * The recipe is `scripts/lib/recipe.ts`, run by `scripts/lib/experiment.ts`: fit on `train` paragraphs plus their
 * sentences labelled from the evidence spans; per label, the paragraph/best-sentence mix and the threshold are
 * chosen on out-of-fold predictions for `train` (5 policy-grouped folds) pooled with the `valid` predictions of the
 * model fitted on all of `train` (valid alone has 4 Do Not Track paragraphs, too few to place a threshold); the
 * second stage over neighbouring paragraphs is fitted on the out-of-fold logits. `test` is only ever reported.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LABELS } from '../src/classify/labels.ts';
import { createLinearClassifier } from '../src/classify/linear-model.ts';
import { annotatorAgreement } from './lib/annotator-agreement.ts';
import { classifyPolicies } from './lib/classify-policies.ts';
import { decideRecipe, fitRecipe } from './lib/experiment.ts';
import { evaluate } from './lib/label-metrics.ts';
import { toWeightsFile } from './lib/model-file.ts';
import { modelReadme } from './lib/model-readme.ts';
import { bySplit, readSegments, repoRoot, type Segment } from './lib/opp115.ts';
import { headedInputs } from './lib/opp115-headings.ts';
import { SHIPPED_DECIDE, SHIPPED_FIT } from './lib/recipe.ts';

function main(): void {
  const started = Date.now();
  const segments = readSegments();
  const [train, valid, test] = (['train', 'valid', 'test'] as const).map((split) => bySplit(segments, split)) as [
    Segment[],
    Segment[],
    Segment[],
  ];
  const splits = { train, valid, test };
  const fitted = fitRecipe(splits, SHIPPED_FIT);
  const outcome = decideRecipe(splits, fitted, SHIPPED_DECIDE);
  const withoutContext = decideRecipe(splits, fitted, { ...SHIPPED_DECIDE, context: false });
  LABELS.forEach((label, l) => {
    const { paragraphShare, thresholds } = outcome.decisions;
    const second = outcome.context ? `, context threshold ${outcome.context.thresholds[l]}` : '';
    console.error(`${label}: share ${paragraphShare[l]}, threshold ${thresholds[l]}${second}`);
  });
  console.error(`out-of-fold train micro ${outcome.cv.microF1.toFixed(3)}, macro ${outcome.cv.macroF1.toFixed(3)}`);
  const date = new Date().toISOString().slice(0, 10);
  const id = `linear-hash-${outcome.context ? 'v4' : 'v3'} ${date}`;
  const features = SHIPPED_FIT.hyper.features;
  const weights = toWeightsFile(fitted.model, features, outcome.decisions, id, {
    ...(outcome.context ? { context: outcome.context } : {}),
    ...(fitted.embeddings ? { embeddings: fitted.embeddings } : {}),
  });
  const classifier = createLinearClassifier(weights);
  const score = (split: Segment[], inputs = split.map((segment) => ({ text: segment.text, heading: '' }))) =>
    evaluate(
      split.map((segment) => segment.labels),
      classifyPolicies(classifier, split, inputs),
    );
  const json = `${JSON.stringify(weights)}\n`;
  mkdirSync(path.join(repoRoot, 'model'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'model', 'policy-lens-linear.json'), json);
  const readme = modelReadme({
    weights,
    hyper: SHIPPED_FIT.hyper,
    sentences: { count: fitted.sentenceCount, minAnnotators: 2 },
    sizes: { train: train.length, valid: valid.length, test: test.length },
    bytes: Buffer.byteLength(json),
    date,
    cv: outcome.cv,
    floatValid: outcome.valid,
    withoutContext: { cv: withoutContext.cv, valid: withoutContext.valid },
    agreement: annotatorAgreement(test),
    valid: score(valid),
    test: score(test),
    testHeaded: score(test, headedInputs(test)),
    seconds: { wall: (Date.now() - started) / 1000, cpu: process.cpuUsage().user / 1e6 },
  });
  writeFileSync(path.join(repoRoot, 'model', 'README.md'), readme);
  console.log(readme);
}

main();
