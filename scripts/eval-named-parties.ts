/**
 * How many of the "companies it names" are real organisations, on 10 current policies checked by hand:
 *
 *   npx tsx scripts/eval-named-parties.ts [--json]          (npm run eval:named)
 *
 * Runs the engine on each policy of data/named-parties-check.jsonl (read from ../shared/corpus/modern/policies) and
 * compares the scorecard's named companies with the judgements there: precision is the share of listed names judged
 * real organisations; recall the share of the file's real organisations that are listed. A listed name the file
 * does not judge is printed and fails the run: judge it (read the policy) and add a row.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultClassifier } from '../src/classify/default-classifier.ts';
import { analyze } from '../src/pipeline.ts';
import { readDocument } from './lib/read-document.ts';

const CHECK = resolve(import.meta.dirname, '../data/named-parties-check.jsonl');
const POLICIES = resolve(import.meta.dirname, '../../shared/corpus/modern/policies');

interface Judgement {
  policy: string;
  name: string;
  organisation: boolean;
}

const judged = readFileSync(CHECK, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Judgement & { about?: string })
  .filter((row) => !row.about);
const policies = [...new Set(judged.map((j) => j.policy))];
const verdict = new Map(judged.map((j) => [`${j.policy}\u0000${j.name}`, j.organisation]));

let listed = 0;
let real = 0;
const unjudged: string[] = [];
const wrong: string[] = [];
const found = new Set<string>();
for (const policy of policies) {
  const { blocks } = readDocument(join(POLICIES, `${policy}.md`));
  for (const { name } of analyze(blocks, { classifier: defaultClassifier }).scorecard.thirdParties) {
    const key = `${policy}\u0000${name}`;
    const organisation = verdict.get(key);
    found.add(key);
    listed++;
    if (organisation === undefined) unjudged.push(`${policy}: ${name}`);
    else if (organisation) real++;
    else wrong.push(`${policy}: ${name}`);
  }
}
const organisations = judged.filter((j) => j.organisation);
const recalled = organisations.filter((j) => found.has(`${j.policy}\u0000${j.name}`)).length;
const missed = organisations
  .filter((j) => !found.has(`${j.policy}\u0000${j.name}`))
  .map((j) => `${j.policy}: ${j.name}`);
const result = {
  policies: policies.length,
  listed,
  precision: Number((real / Math.max(1, listed - unjudged.length)).toFixed(3)),
  recall: Number((recalled / Math.max(1, organisations.length)).toFixed(3)),
  wrong,
  missed,
  unjudged,
};
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
else
  process.stdout.write(
    [
      `named companies on ${result.policies} policies: ${listed} listed, ${real} real organisations`,
      `precision ${result.precision.toFixed(3)}  recall ${result.recall.toFixed(3)} (${recalled} of ${organisations.length} real organisations named)`,
      `not organisations: ${wrong.join('; ') || 'none'}`,
      `missed: ${missed.join('; ') || 'none'}`,
      unjudged.length
        ? `UNJUDGED (add to data/named-parties-check.jsonl): ${unjudged.join('; ')}`
        : 'every listed name judged',
      '',
    ].join('\n'),
  );
if (unjudged.length) process.exitCode = 1;
