/**
 * The scorecard against ToS;DR's curators: each privacy-relevant case is mapped to a rubric answer in
 * data/tosdr-case-map.json; every moderated, relevant quote of those cases goes through the real engine
 * (`judge` with the shipped classifier, then the rubric), and we count how often our answer and its polarity
 * agree with the curator. A quote is one sentence: "unclear" on a quote that says the thing is a disagreement.
 *
 * Prints per question, per mapped case (every case with its count), overall, and the strict "does not sell" figure.
 *
 * Usage: npx tsx scripts/eval-tosdr.ts [--json] [--errors N] [--orgs]
 *   --errors N  print N disagreements per question (for tuning the cues)
 *   --orgs      also time organisation detection on the sharing quotes: ours vs compromise/three
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultClassifier } from '../src/classify/default-classifier.ts';
import { detectLanguage } from '../src/detect/language.ts';
import { judge } from '../src/pipeline.ts';
import { answerAll } from '../src/score/rubric.ts';
import { orgNames } from '../src/score/third-parties.ts';
import type { ParagraphResult, ScoreItem, ScoreKey } from '../src/types.ts';

const root = path.resolve(import.meta.dirname, '..');
const datasets = process.env.POLICY_LENS_DATASETS ?? path.resolve(root, '../shared/datasets');

interface Point {
  service: string;
  document: string;
  text: string;
  case: string | null;
  case_rating: string;
  irrelevant: boolean;
  need_moderation: boolean | null;
}
interface Mapping {
  case: string;
  question: ScoreKey;
  answer: 'yes' | 'no';
}
interface Outcome {
  point: Point;
  mapping: Mapping;
  item: ScoreItem;
  paragraph: ParagraphResult;
  agrees: boolean;
}

const map = JSON.parse(readFileSync(path.join(root, 'data/tosdr-case-map.json'), 'utf8')) as { cases: Mapping[] };
const byCase = new Map(map.cases.map((m) => [m.case, m]));
const points = readFileSync(path.join(datasets, 'tosdr/points.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Point);

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
/** Quotes were cut from HTML: drop the tags, keep list items apart as sentences. */
const plain = (html: string) =>
  html
    .replace(/<\/?(?:li|p|br|div|h\d)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? m)
    .trim();

function agrees(m: Mapping, rating: string, item: ScoreItem): boolean {
  if (item.answer !== m.answer) return false;
  if (rating === 'neutral') return true;
  return item.verdict === (rating === 'blocker' ? 'bad' : rating);
}

function run(): { outcomes: Outcome[]; notEnglish: number } {
  const outcomes: Outcome[] = [];
  let notEnglish = 0;
  for (const point of points) {
    const mapping = point.case ? byCase.get(point.case) : undefined;
    if (!mapping || point.irrelevant || point.need_moderation === true) continue;
    const text = plain(point.text);
    if (!detectLanguage(text).supported) {
      notEnglish++;
      continue;
    }
    // On a page the quote would sit under its document's title, so that is its heading here.
    const p = judge({ id: 0, text, heading: point.document, pieces: [] }, defaultClassifier);
    const item = answerAll([p]).find((i) => i.key === mapping.question);
    if (!item) throw new Error(`no rubric question ${mapping.question}`);
    outcomes.push({ point, mapping, item, paragraph: p, agrees: agrees(mapping, point.case_rating, item) });
  }
  return { outcomes, notEnglish };
}

const rate = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : null);

function summarise(outcomes: Outcome[]) {
  const keys = [...new Set(map.cases.map((m) => m.question))];
  const perQuestion = keys.map((key) => {
    const rows = outcomes.filter((o) => o.mapping.question === key);
    const agree = rows.filter((o) => o.agrees).length;
    const unclear = rows.filter((o) => o.item.answer === 'unclear').length;
    return {
      question: key,
      quotes: rows.length,
      agree,
      rate: rate(agree, rows.length),
      unclear,
      wrong: rows.length - agree - unclear,
    };
  });
  const perCase = map.cases.map((m) => {
    const rows = outcomes.filter((o) => o.mapping.case === m.case);
    const agreeing = rows.filter((o) => o.agrees).length;
    return {
      case: m.case,
      question: m.question,
      quotes: rows.length,
      agree: agreeing,
      rate: rate(agreeing, rows.length),
    };
  });
  const agree = outcomes.filter((o) => o.agrees).length;
  return {
    perQuestion,
    perCase,
    doesNotSell: strictDoesNotSell(outcomes),
    overall: { quotes: outcomes.length, agree, rate: rate(agree, outcomes.length) },
  };
}

/**
 * The strict "does not sell" figure: of the quotes of that case, how many the scorecard answers "no" (a denial, with
 * or without carve-outs), and how many the paragraph flag marks does_not.
 */
function strictDoesNotSell(outcomes: readonly Outcome[]) {
  // English by the same word test as eval-flags.ts: the product's language check lets short German lines through.
  const rows = outcomes.filter((o) => o.mapping.case === DOES_NOT_SELL && ENGLISH_WORDS.test(plain(o.point.text)));
  const answered = rows.filter((o) => o.item.answer === 'no').length;
  const flagged = rows.filter((o) => o.paragraph.flags.sells === 'does_not').length;
  return {
    quotes: rows.length,
    answeredNo: answered,
    rate: rate(answered, rows.length),
    flaggedDoesNot: flagged,
    flagRate: rate(flagged, rows.length),
  };
}
const DOES_NOT_SELL = 'This service does not sell your personal data';
const ENGLISH_WORDS = /\b(?:the|we|you|your|our|is|are)\b/i;

/** Our detector against compromise/three's tagger, on the quotes about sharing. */
async function measureOrgs(outcomes: Outcome[]) {
  const sentences = outcomes.filter((o) => o.mapping.question === 'shares').map((o) => plain(o.point.text));
  let t = performance.now();
  const ours = sentences.map(orgNames);
  const oursMs = performance.now() - t;
  const three = (await import('compromise/three')).default;
  t = performance.now();
  const theirs = sentences.map((s) => three(s).organizations().out('array') as string[]);
  const threeMs = performance.now() - t;
  const found = (xs: string[][]) => xs.filter((x) => x.length).length;
  return {
    sentences: sentences.length,
    ours: { ms: Math.round(oursMs), withName: found(ours), examples: ours.flat().slice(0, 12) },
    compromiseThree: { ms: Math.round(threeMs), withName: found(theirs), examples: theirs.flat().slice(0, 12) },
  };
}

async function main(argv: string[]) {
  const { outcomes, notEnglish } = run();
  const summary = { ...summarise(outcomes), skippedNotEnglish: notEnglish };
  const orgs = argv.includes('--orgs') ? await measureOrgs(outcomes) : undefined;
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...summary, ...(orgs && { orgs }) })}\n`);
    return;
  }
  console.log('ToS;DR quotes (moderated, relevant, English) → rubric answer + polarity agreement\n');
  console.log('question        quotes  agree   rate  unclear  wrong');
  for (const q of summary.perQuestion)
    console.log(
      `${q.question.padEnd(15)} ${String(q.quotes).padStart(6)} ${String(q.agree).padStart(6)} ${String(q.rate).padStart(6)} ${String(q.unclear).padStart(8)} ${String(q.wrong).padStart(6)}`,
    );
  const o = summary.overall;
  console.log(
    `${'overall'.padEnd(15)} ${String(o.quotes).padStart(6)} ${String(o.agree).padStart(6)} ${String(o.rate).padStart(6)}`,
  );
  console.log(`(${notEnglish} quotes not in English skipped: the model reads English only)`);
  const d = summary.doesNotSell;
  console.log(
    `\n"does not sell" quotes (strict, English words): ${d.answeredNo} of ${d.quotes} answered no (${d.rate}); paragraph flag does_not on ${d.flaggedDoesNot} (${d.flagRate})`,
  );
  console.log(
    '\ncase                                                                              quotes  agree   rate',
  );
  for (const c of summary.perCase)
    console.log(
      `${c.case.slice(0, 80).padEnd(80)} ${String(c.quotes).padStart(6)} ${String(c.agree).padStart(6)} ${String(c.rate).padStart(6)}`,
    );
  const n = Number(argv[argv.indexOf('--errors') + 1]);
  if (argv.includes('--errors'))
    for (const q of summary.perQuestion) {
      const bad = outcomes.filter((x) => x.mapping.question === q.question && !x.agrees).slice(0, n);
      for (const x of bad)
        console.log(
          `\n[${q.question}] want ${x.mapping.answer}/${x.point.case_rating} got ${x.item.answer}/${x.item.verdict}: ${plain(x.point.text).slice(0, 300)}`,
        );
    }
  if (orgs) console.log('\norganisation names in sharing quotes:', JSON.stringify(orgs, null, 1));
}

await main(process.argv.slice(2));
