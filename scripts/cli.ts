/**
 * Policy Lens on the command line — the same engine the extension runs.
 *
 *   npm run -s cli -- classify < paragraphs.jsonl      one JSON line per input line
 *   npm run -s cli -- analyze FILE... [--json|--markdown]  report per file (.html, .md, .txt)
 *   npm run -s cli -- detect FILE...                   {"file", "isPolicy", "score"} per file
 */
import { createInterface } from 'node:readline';
import { defaultClassifier } from '../src/classify/default-classifier.ts';
import { detectPolicy } from '../src/detect/is-policy.ts';
import { analyze, judge } from '../src/pipeline.ts';
import { reportToMarkdown } from '../src/score/report-markdown.ts';
import { formatReport } from './lib/format-report.ts';
import { readDocument } from './lib/read-document.ts';

const USAGE = `usage: cli classify < lines.jsonl | cli analyze FILE... [--json|--markdown] | cli detect FILE...`;

async function classify(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown; heading?: unknown };
    try {
      input = JSON.parse(line);
    } catch {
      throw new Error(`line ${n}: not JSON: ${line.slice(0, 80)}`);
    }
    if (typeof input.text !== 'string') throw new Error(`line ${n}: "text" must be a string`);
    const heading = typeof input.heading === 'string' ? input.heading : '';
    const r = judge({ id: n - 1, text: input.text, heading, pieces: [] }, defaultClassifier);
    const out = {
      id: input.id ?? null,
      categories: r.categories,
      advertising: r.advertising,
      negated: r.flags.negated,
      sells: r.flags.sells,
      retention: r.flags.retention,
      policyText: r.policyText,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

type Format = 'text' | 'json' | 'markdown';

function analyseFiles(files: string[], format: Format): void {
  for (const file of files) {
    const { blocks } = readDocument(file);
    const report = analyze(blocks, { classifier: defaultClassifier });
    if (format === 'json') process.stdout.write(`${JSON.stringify({ file, ...report })}\n`);
    else if (format === 'markdown') process.stdout.write(`${reportToMarkdown(report, { source: file })}\n`);
    else process.stdout.write(`${formatReport(file, report)}\n`);
  }
}

function detect(files: string[]): void {
  for (const file of files) {
    const { signals } = readDocument(file);
    const { isPolicy, score } = detectPolicy(signals);
    process.stdout.write(`${JSON.stringify({ file, isPolicy, score })}\n`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const files = rest.filter((a) => !a.startsWith('--'));
  if (command === 'classify') return classify();
  if ((command === 'analyze' || command === 'detect') && files.length === 0)
    throw new Error(`${command}: no files given`);
  if (command === 'analyze') {
    return analyseFiles(files, rest.includes('--json') ? 'json' : rest.includes('--markdown') ? 'markdown' : 'text');
  }
  if (command === 'detect') return detect(files);
  throw new Error(USAGE);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`policy-lens: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
