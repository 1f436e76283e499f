/**
 * Evaluates the shipped classifier (defaultClassifier: the committed weights, exactly as the extension loads them) on
 * OPP-115: per-label P/R/F1, micro- and macro-F1 over the 10 categories (majority labels) and advertising F1.
 * Usage: npx tsx scripts/eval.ts [--json] [--split valid|test|both] [--headings]. Data: ../shared/datasets
 * (POLICY_LENS_DATASETS overrides).
 *
 * By default a segment is classified as OPP-115 stores it (its section heading, if any, inline at the start of the
 * text; heading ''), the standard way results are reported. `--headings` splits the heading off and passes it as
 * `heading`, the way the extension sees paragraphs.
 */
import { defaultClassifier } from '../src/classify/default-classifier.ts';
import { formatMetrics } from './lib/format-metrics.ts';
import { evaluate, type Report } from './lib/label-metrics.ts';
import { bySplit, readSegments, type Split } from './lib/opp115.ts';
import { headedInputs } from './lib/opp115-headings.ts';

const USAGE = 'usage: npx tsx scripts/eval.ts [--json] [--split valid|test|both] [--headings]';

function parseArgs(argv: string[]): { json: boolean; headings: boolean; splits: Split[] } {
  const json = argv.includes('--json');
  const headings = argv.includes('--headings');
  const at = argv.indexOf('--split');
  const choice = at >= 0 ? argv[at + 1] : 'both';
  const known = new Set(['--json', '--headings', '--split', choice]);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0 || !['valid', 'test', 'both'].includes(choice ?? '')) throw new Error(USAGE);
  return { json, headings, splits: choice === 'both' ? ['valid', 'test'] : [choice as Split] };
}

function main(): void {
  const { json, headings, splits } = parseArgs(process.argv.slice(2));
  const segments = readSegments();
  const reports: Partial<Record<Split, Report>> = {};
  for (const split of splits) {
    const part = bySplit(segments, split);
    const inputs = headings ? headedInputs(part) : part.map((segment) => ({ text: segment.text, heading: '' }));
    reports[split] = evaluate(
      part.map((segment) => segment.labels),
      inputs.map((input) => defaultClassifier.predict(input).labels),
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
