/**
 * `npm run bench`: the issue-6 figures, measured, and written to BENCHMARKS.md (between the bench markers) with the
 * machine they were measured on; every page's figures go to artifacts/bench/latest.json.
 *
 *   Chromium: every OPP-115 original page and the seeds, traced → DOMContentLoaded → highlights, our longest task
 *   Chromium: pages that are not policies → our script time, DOM untouched
 *   Firefox:  DOMContentLoaded → highlights on the same policy pages
 *   Node:     engine vs compromise's tokeniser; content-script bundle size
 *
 * Flags: --quick (every 4th OPP-115 page), --no-firefox, --run-at=document_idle. Needs `npm run build` first.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { bundleSize } from './bench/bundle.ts';
import { type PageRun, runChromium } from './bench/chromium.ts';
import { benchEngine } from './bench/engine.ts';
import { runFirefox } from './bench/firefox.ts';
import { NON_POLICY_PAGES, STRESS_PAGES } from './bench/pages.ts';
import { machine, table as renderTable, writeBenchmarks } from './bench/report.ts';
import { ORIGINALS, originalPath, seedFiles, startServer } from './lib/policy-server.ts';

const quick = process.argv.includes('--quick');
const withFirefox = !process.argv.includes('--no-firefox');
/** `--run-at=document_idle`: inject later than the shipped `document_end` registration (for comparison). */
const runAt = /--run-at=(\w+)/.exec(process.argv.join(' '))?.[1];
const started = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${s}\n`);

const originals = readdirSync(ORIGINALS)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .filter((_, i) => !quick || i % 4 === 0);
const server = await startServer({ ...NON_POLICY_PAGES, ...STRESS_PAGES });
try {
  const policyUrls = [
    ...originals.map((f) => server.origin + originalPath(f)),
    ...seedFiles().map((s) => `${server.origin}/seeds/${s}/privacy-policy`),
  ];
  const stressUrls = Object.keys(STRESS_PAGES).map((p) => server.origin + p);
  const otherUrls = [
    `${server.origin}/fixtures/recipe-blog.html`,
    ...Object.keys(NON_POLICY_PAGES).map((p) => server.origin + p),
  ];
  const warmUp = `${server.origin}/seeds/template-platform.md/privacy-policy`;

  log(`Chromium: ${policyUrls.length} policy pages, ${otherUrls.length} other pages`);
  const chromium = await runChromium([...policyUrls, ...otherUrls, ...stressUrls], {
    warmUp,
    runAt,
    onPage: (r: PageRun) =>
      log(
        `${r.state.padEnd(10).slice(0, 60)} ${String(Math.round(r.dclToPainted ?? -1)).padStart(5)} ms  longest ${r.longestOurs.toFixed(0)} ms  ${r.url.slice(server.origin.length, server.origin.length + 60)}`,
      ),
  });
  const policyRuns = chromium.runs.slice(0, policyUrls.length);
  const otherRuns = chromium.runs.slice(policyUrls.length, policyUrls.length + otherUrls.length);
  const stressRuns = chromium.runs.slice(policyUrls.length + otherUrls.length);
  mkdirSync('artifacts/bench', { recursive: true });
  writeFileSync(
    'artifacts/bench/chromium.json',
    JSON.stringify({ version: chromium.version, policyRuns, otherRuns, stressRuns }, null, 1),
  );

  let firefox: Awaited<ReturnType<typeof runFirefox>> | null = null;
  if (withFirefox) {
    // Every other page Chromium annotated: Firefox needs a second or two a page, and the bench stays near 5 minutes.
    const painted = policyRuns
      .filter((r) => r.dclToPainted !== null)
      .map((r) => r.url)
      .filter((_, i) => i % 2 === 0);
    log(`Firefox: ${painted.length} pages Chromium annotated`);
    firefox = await runFirefox(painted, {
      warmUp,
      onPage: (r) =>
        log(
          `firefox ${String(Math.round(r.dclToPainted ?? -1)).padStart(5)} ms  ${r.url.slice(server.origin.length, server.origin.length + 60)}`,
        ),
    }).catch((error: Error) => {
      log(`Firefox failed: ${error.message}`);
      return null;
    });
  }

  log('Node: engine vs tokeniser');
  const engine = benchEngine(ORIGINALS, originals);
  const bundle = bundleSize();
  const figures = {
    machine: machine(chromium.version, firefox?.version ?? null),
    quick,
    runAt,
    policyRuns,
    otherRuns,
    stressRuns,
    firefox: firefox?.runs ?? null,
    engine,
    bundle,
  };
  writeFileSync('artifacts/bench/latest.json', JSON.stringify(figures, null, 1));
  // Quick runs and experiments print their table; only a full run of the shipped set-up is recorded.
  const table = quick || runAt ? renderTable(figures) : writeBenchmarks('BENCHMARKS.md', figures);
  process.stdout.write(`${table}\n`);
  log('done');
} finally {
  await server.close();
}
