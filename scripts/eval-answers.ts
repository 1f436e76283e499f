/**
 * The scorecard against careful readers' answers for whole policies: the 12 policies of the modern `valid` split
 * (../shared/datasets/modern/policies-valid.jsonl, the answers two readers agreed on), and, when present, this
 * project's development answers (data/answers/*.jsonl: two independent readers of 16 other policies). Each policy's
 * Markdown goes through the CLI's own reader and the real engine; we count, per question, how often our answer is
 * the readers', and list every polarity flip (we say yes where they say no, or the reverse).
 *
 * The valid answers are for measuring only: never read their disagreements to write a rule.
 *
 * Usage: npx tsx scripts/eval-answers.ts [--json] [--dev-only] [--disagreements] [--report-valid]
 *   --disagreements  print every disagreement of the development set with the sentence we answered from
 *   --report-valid   print the valid set's too: for the closing report, once the rules are final, never to write one
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultClassifier } from '../src/classify/default-classifier.ts';
import { analyze } from '../src/pipeline.ts';
import type { ScoreItem } from '../src/types.ts';
import { type Agreement, compare, type ReaderAnswer, summarise } from './answers/agreement.ts';
import { readDocument } from './lib/read-document.ts';

const root = path.resolve(import.meta.dirname, '..');
const datasets = process.env.POLICY_LENS_DATASETS ?? path.resolve(root, '../shared/datasets');
const corpus = path.resolve(datasets, '../corpus/modern/policies');

interface PolicyAnswers {
  policy: string;
  reader?: string;
  answers: Record<string, ReaderAnswer>;
  gpc?: string;
}

const jsonl = (file: string): PolicyAnswers[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as PolicyAnswers)
    .filter((row) => typeof row.policy === 'string');

/** `gpc` sits beside the answers in the shared file, as a bare value; inside them in ours. */
function answersOf(row: PolicyAnswers): Record<string, ReaderAnswer> {
  const out = { ...row.answers };
  if (row.gpc && !out.gpc) out.gpc = { answer: row.gpc };
  return out;
}

const reports = new Map<string, ScoreItem[]>();
function itemsOf(policy: string): ScoreItem[] {
  let items = reports.get(policy);
  if (!items) {
    const { blocks } = readDocument(path.join(corpus, `${policy}.md`));
    items = analyze(blocks, { classifier: defaultClassifier }).scorecard.items;
    reports.set(policy, items);
  }
  return items;
}

function evaluate(rows: PolicyAnswers[], reader = 'agreed'): Agreement[] {
  return rows.flatMap((row) => compare(row.policy, row.reader ?? reader, answersOf(row), itemsOf(row.policy)));
}

/** data/answers/*.jsonl (the answers both readers gave), then each reader's own (data/answers/readers/). */
function devSets(): { name: string; rows: PolicyAnswers[] }[] {
  const files = (dir: string) =>
    existsSync(path.join(root, dir))
      ? readdirSync(path.join(root, dir))
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => `${dir}/${f}`)
      : [];
  return [...files('data/answers'), ...files('data/answers/readers')].map((name) => ({
    name,
    rows: jsonl(path.join(root, name)),
  }));
}

function print(name: string, results: Agreement[], showDisagreements: boolean): void {
  const s = summarise(results);
  console.log(`\n${name}: ${s.overall.agree} of ${s.overall.n} answers agree (${s.overall.rate})`);
  console.log(`  without the 2026 questions and gpc: ${s.classic.agree} of ${s.classic.n} (${s.classic.rate})`);
  console.log('  question        n  agree   rate  flips');
  for (const q of s.perQuestion)
    console.log(
      `  ${q.key.padEnd(14)} ${String(q.n).padStart(3)} ${String(q.agree).padStart(6)} ${String(q.rate).padStart(6)} ${String(q.flips).padStart(6)}`,
    );
  console.log(`  polarity flips (yes ↔ no): ${s.flips.length}`);
  for (const f of s.flips) console.log(`    ${f.policy} ${f.key}: ours ${f.ours}, readers ${f.theirs}`);
  if (!showDisagreements) return;
  for (const r of results.filter((x) => !x.agrees))
    console.log(
      `  ✗ ${r.policy}/${r.reader} ${r.key}: ours ${r.ours}, readers ${r.theirs} — ${r.sentence ?? '(none)'}`,
    );
}

function main(argv: string[]): void {
  const sets = devSets();
  const validFile = path.join(datasets, 'modern/policies-valid.jsonl');
  const valid = argv.includes('--dev-only') ? [] : evaluate(jsonl(validFile));
  const dev = sets.map((set) => ({ name: set.name, results: evaluate(set.rows, path.basename(set.name, '.jsonl')) }));
  if (argv.includes('--json')) {
    const out = { valid: summarise(valid), dev: dev.map((d) => ({ name: d.name, ...summarise(d.results) })) };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  if (valid.length) print('valid (12 policies, the answers both readers gave)', valid, argv.includes('--report-valid'));
  for (const d of dev) print(d.name, d.results, argv.includes('--disagreements'));
  if (!dev.length) console.log('\n(no development answers in data/answers/ yet)');
}

main(process.argv.slice(2));
