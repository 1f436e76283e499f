/**
 * Evaluates the shipped classifier (defaultClassifier: the committed weights, exactly as the extension loads them) on
 * OPP-115: per-label P/R/F1, micro- and macro-F1 over the 10 categories (majority labels) and advertising F1.
 * Usage: npx tsx scripts/eval.ts [--json] [--split valid|test|both] [--headings] [--annotators] (the human ceiling:
 * annotators scored against the majority and each other, instead of the model) [--speed] (paragraphs/s). Data: ../shared/datasets
 * (POLICY_LENS_DATASETS overrides).
 *
 * By default a segment is classified as OPP-115 stores it (its section heading, if any, inline at the start of the
 * text; heading ''), the standard way results are reported. Each policy's segments are judged together, in order,
 * as the extension judges a page (`predictDocument`: the second stage looks at neighbouring paragraphs). `--headings` splits the heading off and passes it as
 * `heading`, the way the extension sees paragraphs.
 */
import weights from '../model/policy-lens-linear.json' with { type: 'json' };
import { defaultClassifier } from '../src/classify/default-classifier.ts';
import type { LinearWeights } from '../src/classify/linear-model.ts';
import { annotatorAgreement } from './lib/annotator-agreement.ts';
import { classifierSpeed } from './lib/classifier-speed.ts';
import { classifyPolicies } from './lib/classify-policies.ts';
import { formatMetrics } from './lib/format-metrics.ts';
import { evaluate, type Report } from './lib/label-metrics.ts';
import { bySplit, readSegments, type Segment, type Split } from './lib/opp115.ts';
import { headedInputs } from './lib/opp115-headings.ts';

const USAGE = 'usage: npx tsx scripts/eval.ts [--json] [--split valid|test|both] [--headings] [--annotators] [--speed]';

interface Args {
  json: boolean;
  headings: boolean;
  annotators: boolean;
  speed: boolean;
  splits: Split[];
}

function parseArgs(argv: string[]): Args {
  const json = argv.includes('--json');
  const headings = argv.includes('--headings');
  const annotators = argv.includes('--annotators');
  const speed = argv.includes('--speed');
  const at = argv.indexOf('--split');
  const choice = at >= 0 ? argv[at + 1] : 'both';
  const known = new Set(['--json', '--headings', '--annotators', '--speed', '--split', choice]);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0 || !['valid', 'test', 'both'].includes(choice ?? '')) throw new Error(USAGE);
  return { json, headings, annotators, speed, splits: choice === 'both' ? ['valid', 'test'] : [choice as Split] };
}

/** The human ceiling: annotators scored like the model, against the majority and against each other. */
function printAgreement(segments: Segment[], splits: Split[], json: boolean): void {
  const out = Object.fromEntries(splits.map((split) => [split, annotatorAgreement(bySplit(segments, split))]));
  if (json) {
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  for (const [split, { annotatorVsMajority, annotatorVsAnnotator }] of Object.entries(out)) {
    process.stdout.write(`${formatMetrics(`${split}: one annotator vs the majority`, annotatorVsMajority)}\n\n`);
    process.stdout.write(`${formatMetrics(`${split}: one annotator vs another`, annotatorVsAnnotator)}\n\n`);
  }
}

function main(): void {
  const { json, headings, annotators, speed, splits } = parseArgs(process.argv.slice(2));
  const segments = readSegments();
  if (speed) {
    const figures = classifierSpeed(weights as LinearWeights, bySplit(segments, 'test'));
    const line = `${figures.paragraphs} test paragraphs: classifier ${figures.classifier.toFixed(0)} paragraphs/s, whole engine (analyze) ${figures.engine.toFixed(0)} paragraphs/s`;
    process.stdout.write(`${json ? JSON.stringify(figures) : line}\n`);
    return;
  }
  if (annotators) {
    printAgreement(segments, splits, json);
    return;
  }
  const reports: Partial<Record<Split, Report>> = {};
  for (const split of splits) {
    const part = bySplit(segments, split);
    const inputs = headings ? headedInputs(part) : part.map((segment) => ({ text: segment.text, heading: '' }));
    reports[split] = evaluate(
      part.map((segment) => segment.labels),
      classifyPolicies(defaultClassifier, part, inputs),
    );
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ model: defaultClassifier.id, headings, ...reports })}\n`);
    return;
  }
  const view = headings ? 'heading split off the text' : 'OPP-115 text as stored, heading empty';
  process.stdout.write(`model ${defaultClassifier.id} (${view})\n\n`);
  for (const split of splits) process.stdout.write(`${formatMetrics(split, reports[split] as Report)}\n\n`);
}

try {
  main();
} catch (error: unknown) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
