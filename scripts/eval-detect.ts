/**
 * How well does detection tell policies from other pages, and what does it cost?
 *
 *   npx tsx scripts/eval-detect.ts [--json] [--browser]          (npm run eval:detect)
 *
 * Positives: the OPP-115 original pages and the seeds, read in place from ../shared, and the hand-written
 * test/fixtures/detect/positives/. Negatives: test/fixtures/detect/negatives/ (see its SOURCES.md). Figures are given
 * for the whole set, for two halves split by a hash of the file name, so a rule tuned on one half can be checked on
 * the other ("held-out"), and for three parts: the original set, the modern-layout fixtures (`written-modern-*`) and
 * the 24 saved current pages of ../shared/corpus/modern-pages (all policies, eight of them not in English), where
 * the language named is checked too (against the fixture's `lang`, and MODERN_LANGUAGES for the saved pages). Timing: detectPolicy itself over each page's signals, and readSignals on jsdom — an upper
 * bound for the browser, where the DOM is native; with --browser, readSignals also in headless Chromium (the pages
 * loaded with every network request blocked). The ≤ 2 ms budget is for both together on a typical page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import ts from 'typescript';
import { readSignals } from '../content/page-signals.ts';
import { type Detection, detectPolicy, type PageSignals } from '../src/detect/is-policy.ts';
import type { LanguageCode } from '../src/detect/language.ts';
import { launchChromiumContext } from './lib/browsers.ts';
import { decode, readDocument, savedFromUrl } from './lib/read-document.ts';

const SHARED = resolve(import.meta.dirname, '../../shared');
const FIXTURES = resolve(import.meta.dirname, '../test/fixtures/detect');

/** The language of each saved current page that is not in English, as read by hand (its .md beside it). */
const MODERN_LANGUAGES: Record<string, LanguageCode> = {
  adopteunmec: 'fr',
  badoo: 'fr',
  disonsdemain: 'fr',
  meetic: 'fr',
  mektoube: 'fr',
  parship: 'fr',
  finya: 'de',
  lovescout24: 'de',
  lovoo: 'de', // the saved page is German; the cleaned text beside it is the English version
};
const NAMED_LANGUAGES = new Set(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt']);

/** The language a policy of the set is in: the table above, a written fixture's `lang`; the rest are English. */
function expectedLanguage(file: string, html: string): LanguageCode {
  if (file.includes('/modern-pages/')) return MODERN_LANGUAGES[basename(file, '.html')] ?? 'en';
  if (!basename(file).startsWith('written-')) return 'en';
  const lang = /<html lang="([a-z]+)/.exec(html)?.[1] ?? 'en';
  return (NAMED_LANGUAGES.has(lang) ? lang : 'und') as LanguageCode;
}

type Part = 'original' | 'modern fixtures' | 'modern pages';
const partOf = (file: string): Part =>
  file.includes('/modern-pages/')
    ? 'modern pages'
    : basename(file).startsWith('written-modern-')
      ? 'modern fixtures'
      : 'original';

interface Page {
  file: string;
  expected: boolean;
  language: LanguageCode;
  signals: PageSignals;
  /** ms for readSignals on jsdom (HTML only). */
  readMs: number | null;
}

const list = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.(html?|md|txt)$/.test(f))
    .sort()
    .map((f) => join(dir, f));

/** FNV-1a of the base name: a fixed, content-blind split into halves A and B. */
function half(file: string): 'A' | 'B' {
  let h = 0x811c9dc5;
  for (const c of basename(file)) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h % 2 ? 'B' : 'A';
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

/** Median of a few runs, after one warm-up. */
function time(fn: () => void, runs: number): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

function load(file: string, expected: boolean): Page {
  if (!/\.html?$/.test(file))
    return { file, expected, language: 'en', signals: readDocument(file).signals, readMs: null };
  const html = decode(readFileSync(file));
  const language = expectedLanguage(file, html);
  const url = savedFromUrl(html) ?? pathToFileURL(file).href;
  const { document } = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window;
  let signals = readSignals(document);
  const readMs = time(() => {
    signals = readSignals(document);
  }, 5);
  return { file, expected, language, signals, readMs };
}

/**
 * readSignals in headless Chromium, per HTML page: the median of 5 rounds of 20 calls (Chromium's clock is coarse,
 * 0.1 ms, so each round is timed as a whole), after a warm-up.
 */
async function browserReadMs(files: string[]): Promise<number[]> {
  // page-signals.ts and the one module it imports, as one plain script (imports dropped, exports made local).
  const js = ['../src/detect/may-be-policy.ts', '../content/page-signals.ts']
    .map((file) => readFileSync(resolve(import.meta.dirname, file), 'utf8'))
    .map((source) => ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText)
    .map((out) => out.replace(/^import .*$/gm, '').replace(/^export /gm, ''))
    .join('\n');
  const script = `${js}\nglobalThis.readSignals = readSignals;`;
  const chromium = await launchChromiumContext({ extension: false });
  const page = await chromium.context.newPage();
  const ms: number[] = [];
  try {
    for (const file of files.filter((f) => /\.html?$/.test(f))) {
      await page.setContent(decode(readFileSync(file)), { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: script });
      ms.push(
        await page.evaluate(() => {
          const read = (globalThis as unknown as { readSignals(d: Document): unknown }).readSignals;
          read(document);
          const rounds: number[] = [];
          for (let r = 0; r < 5; r++) {
            const t = performance.now();
            for (let i = 0; i < 20; i++) read(document);
            rounds.push((performance.now() - t) / 20);
          }
          return rounds.sort((a, b) => a - b)[2] ?? 0;
        }),
      );
    }
  } finally {
    await chromium.close();
  }
  return ms;
}

interface Figures {
  pages: number;
  /** Policies whose language detection names as expected (other pages' languages are not checked). */
  languages: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

function figures(rows: { expected: boolean; language: LanguageCode; got: Detection }[]): Figures {
  const count = (e: boolean, g: boolean) => rows.filter((r) => r.expected === e && r.got.isPolicy === g).length;
  const [tp, fp, fn, tn] = [count(true, true), count(false, true), count(true, false), count(false, false)];
  const ratio = (a: number, b: number) => Number((b ? a / b : 1).toFixed(3));
  const languages = rows.filter((r) => r.expected && r.got.language.code === r.language).length;
  return { pages: rows.length, languages, tp, fp, fn, tn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

async function main(json: boolean, browser: boolean): Promise<void> {
  const positives = [
    ...list(join(SHARED, 'datasets/opp115/original')),
    ...list(join(SHARED, 'corpus/seeds')),
    ...list(join(FIXTURES, 'positives')),
    ...list(join(SHARED, 'corpus/modern-pages')).filter((f) => f.endsWith('.html')),
  ];
  const negatives = list(join(FIXTURES, 'negatives'));
  const pages = [...positives.map((f) => load(f, true)), ...negatives.map((f) => load(f, false))];
  const rows = pages.map((p) => ({
    ...p,
    got: detectPolicy(p.signals),
    detectMs: time(() => detectPolicy(p.signals), 20),
  }));
  const ms = (xs: number[]) => ({ median: Number(median(xs).toFixed(3)), p95: Number(quantile(xs, 0.95).toFixed(3)) });
  const readMs = rows.flatMap((r) => (r.readMs === null ? [] : [r.readMs]));
  const named = (r: (typeof rows)[number]) => ({
    file: r.file.replace(`${SHARED}/`, '../shared/').replace(`${FIXTURES}/`, ''),
    ...r.got,
  });
  const wrong = (e: boolean) => rows.filter((r) => r.expected === e && r.got.isPolicy !== e).map(named);
  const misnamed = rows
    .filter((r) => r.expected && r.got.language.code !== r.language)
    .map((r) => ({ ...named(r), expected: r.language }));
  const byScore = [...rows].sort((a, b) => a.got.score - b.got.score);
  const closest = {
    policies: byScore
      .filter((r) => r.expected)
      .slice(0, 5)
      .map(named),
    others: byScore
      .filter((r) => !r.expected)
      .slice(-5)
      .reverse()
      .map(named),
  };
  const result = {
    all: figures(rows),
    halfA: figures(rows.filter((r) => half(r.file) === 'A')),
    halfB: figures(rows.filter((r) => half(r.file) === 'B')),
    parts: Object.fromEntries(
      (['original', 'modern fixtures', 'modern pages'] as const).map((part) => [
        part,
        figures(rows.filter((r) => partOf(r.file) === part)),
      ]),
    ),
    positives: positives.length,
    negatives: negatives.length,
    falseNegatives: wrong(true),
    falsePositives: wrong(false),
    misnamedLanguages: misnamed,
    closest,
    timing: {
      detectPolicyMs: ms(rows.map((r) => r.detectMs)),
      readSignalsJsdomMs: ms(readMs),
      readSignalsChromiumMs: browser ? ms(await browserReadMs(rows.map((r) => r.file))) : null,
    },
  };
  if (json) return void process.stdout.write(`${JSON.stringify(result)}\n`);
  const line = (name: string, f: Figures) =>
    `${name.padEnd(16)} ${String(f.pages).padStart(4)} pages  precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  (tp ${f.tp}, fp ${f.fp}, fn ${f.fn}, tn ${f.tn})  language named ${f.languages}/${f.tp + f.fn}`;
  const confusion = (name: string, xs: typeof result.falseNegatives) =>
    [`${name}: ${xs.length}`, ...xs.map((x) => `  ${x.file}  score ${x.score}  — ${x.reasons.join('; ')}`)].join('\n');
  const t = result.timing;
  process.stdout.write(
    [
      `detection: ${result.positives} policies, ${result.negatives} other pages`,
      line('all', result.all),
      line('half A', result.halfA),
      line('half B', result.halfB),
      ...Object.entries(result.parts).map(([part, f]) => line(part, f)),
      confusion('false negatives', result.falseNegatives),
      confusion('false positives', result.falsePositives),
      [
        `languages misnamed: ${misnamed.length}`,
        ...misnamed.map((x) => `  ${x.file}  ${x.language.code}, expected ${x.expected}`),
      ].join('\n'),
      confusion('closest calls, policies (lowest scores)', closest.policies),
      confusion('closest calls, other pages (highest scores)', closest.others),
      `detectPolicy (signals → verdict):        median ${t.detectPolicyMs.median} ms, p95 ${t.detectPolicyMs.p95} ms`,
      `readSignals on jsdom (upper bound; the browser's native DOM is faster): median ${t.readSignalsJsdomMs.median} ms, p95 ${t.readSignalsJsdomMs.p95} ms`,
      t.readSignalsChromiumMs
        ? `readSignals in headless Chromium:         median ${t.readSignalsChromiumMs.median} ms, p95 ${t.readSignalsChromiumMs.p95} ms`
        : 'readSignals in Chromium: not measured (add --browser)',
      '',
    ].join('\n'),
  );
}

await main(process.argv.includes('--json'), process.argv.includes('--browser'));
