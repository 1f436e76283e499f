/** Figures → the table in BENCHMARKS.md, with the machine they came from. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { bundleSize } from './bundle.ts';
import type { PageRun } from './chromium.ts';
import type { EngineFigures } from './engine.ts';
import type { FirefoxRun } from './firefox.ts';

export interface Figures {
  machine: string;
  quick: boolean;
  runAt?: string;
  policyRuns: PageRun[];
  otherRuns: PageRun[];
  stressRuns: PageRun[];
  firefox: FirefoxRun[] | null;
  engine: EngineFigures;
  bundle: ReturnType<typeof bundleSize>;
}

export function machine(chromium: string, firefox: string | null): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  let load = '';
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {}
  const git = (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  })();
  return [
    `${cpu}, ${cpus().length} cores`,
    `Node ${process.version}`,
    `Chromium ${chromium}`,
    firefox ? `Firefox ${firefox}` : null,
    `load average ${load} at the start`,
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `commit ${git} + working tree`,
  ]
    .filter(Boolean)
    .join(' · ');
}

const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) : Number.NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms` : '—');
const ok = (good: boolean) => (good ? '✅' : '❌');

export function table(f: Figures): string {
  const ready = f.policyRuns.filter((r) => r.dclToPainted !== null);
  const times = ready.map((r) => r.dclToPainted ?? 0);
  const longest = ready.map((r) => r.longestOurs);
  const longestCpu = ready.map((r) => r.longestOursCpu);
  const idle = ready.map((r) => r.injectedAfterDcl ?? 0);
  const work = ready.map((r) => (r.dclToPainted ?? 0) - Math.max(0, r.injectedAfterDcl ?? 0));
  const ff = (f.firefox ?? []).map((r) => r.dclToPainted).filter((x): x is number => x !== null);
  const other = f.otherRuns;
  const otherCost = other.map((r) => r.scriptCpuMs);
  const otherTasks = other.map((r) => r.ours.reduce((n, t) => n + t.cpuMs, 0));
  const otherWall = other.map((r) => r.ours.reduce((n, t) => n + t.ms, 0));
  const touched = other.filter((r) => r.highlights > 0 || (!r.url.includes('ticker') && r.mutations > 0));
  const notAnnotated = f.policyRuns.length - ready.length;
  const ratio = f.engine.analyzeMs / f.engine.tokenizeMs;
  const rows = [
    ['measure', 'target', 'Chromium', 'Firefox', ''],
    ['---', '---', '---', '---', '---'],
    [
      'longest main-thread task of ours, worst page (p95 · median)',
      '≤ 50 ms',
      `${ms(Math.max(...longest))} (${ms(quantile(longest, 0.95))} · ${ms(quantile(longest, 0.5))}); CPU ${ms(Math.max(...longestCpu))} (${ms(quantile(longestCpu, 0.95))} · ${ms(quantile(longestCpu, 0.5))})`,
      'not measurable (no longtask, no trace)',
      ok(Math.max(...longest) <= 50),
    ],
    [
      'DOMContentLoaded → all highlights, median / worst',
      '≤ 150 / 500 ms',
      `${ms(quantile(times, 0.5))} / ${ms(Math.max(...times))} (p90 ${ms(quantile(times, 0.9))})`,
      ff.length
        ? `${ms(quantile(ff, 0.5))} / ${ms(Math.max(...ff))} (p90 ${ms(quantile(ff, 0.9))}, ${ff.length} pages)`
        : '—',
      ok(quantile(times, 0.5) <= 150 && Math.max(...times) <= 500),
    ],
    [
      '… of which waiting for the full content script (DOMContentLoaded → its injection, by the first look at `document_end`), median / worst',
      '',
      `${ms(quantile(idle, 0.5))} / ${ms(Math.max(...idle))}`,
      '',
      '',
    ],
    [
      '… and from its injection to all highlights, median / worst',
      '',
      `${ms(quantile(work, 0.5))} / ${ms(Math.max(...work))} (p90 ${ms(quantile(work, 0.9))})`,
      '',
      '',
    ],
    [
      `script time on a page that is not a policy, worst of ${other.length} (our script's CPU; CPU and wall of the tasks it ran in)`,
      '≤ 2 ms, no DOM change',
      `${ms(Math.max(...otherCost))}; ${ms(Math.max(...otherTasks))}, ${ms(Math.max(...otherWall))}; DOM changed on ${touched.length}`,
      '',
      ok(Math.max(...otherCost) <= 2 && touched.length === 0),
    ],
    [
      `engine vs compromise/one tokeniser, ${f.engine.pages} pages, ${(f.engine.characters / 1e6).toFixed(2)} M chars`,
      '≤ 2×',
      `${(ratio).toFixed(2)}× (${ms(f.engine.analyzeMs)} vs ${ms(f.engine.tokenizeMs)}; per page median ${ms(f.engine.analyzeMedian)}, worst ${ms(f.engine.analyzeWorst)}) — Node`,
      '',
      ok(ratio <= 2),
    ],
    [
      `classifier in the engine (issue 3): paragraphs/s end to end; the largest OPP-115 page; model weights`,
      '≥ 2,000 paragraphs/s; ≤ 1.5 MB',
      `${Math.round((f.engine.paragraphs / f.engine.analyzeMs) * 1000).toLocaleString('en')} paragraphs/s (${f.engine.paragraphs.toLocaleString('en')} paragraphs); ${f.engine.largest.file}: ${f.engine.largest.paragraphs} paragraphs in ${ms(f.engine.largest.ms)}; ${(f.engine.modelBytes / 1024).toFixed(0)} KiB — Node`,
      '',
      ok((f.engine.paragraphs / f.engine.analyzeMs) * 1000 >= 2000 && f.engine.modelBytes <= 1.5 * 1024 * 1024),
    ],
    [
      'content-script bundle (dist/chrome/content/index.js; the first look, first-look.js)',
      '≤ 250 KB minified',
      `${(f.bundle.bytes / 1024).toFixed(1)} KB minified, ${(f.bundle.gzip / 1024).toFixed(1)} KB gzip; ${(f.bundle.firstLook.bytes / 1024).toFixed(1)} KB, ${(f.bundle.firstLook.gzip / 1024).toFixed(1)} KB gzip`,
      '',
      ok(f.bundle.bytes <= 250 * 1024),
    ],
  ];
  const lines = rows.map((r) => `| ${r.join(' | ')} |`);
  const failed = f.policyRuns
    .filter((r) => r.dclToPainted === null)
    .map((r) => `${short(r.url)} (${r.state.split('\n')[0]?.replace(/^error: page\.goto: /, '')})`);
  return [
    `Machine: ${f.machine}.${f.quick ? ' **Quick run: every 4th OPP-115 page.**' : ''}${f.runAt ? ` **Content script injected at ${f.runAt}.**` : ''}`,
    '',
    ...lines,
    '',
    `Policy pages: ${f.policyRuns.length}, annotated ${ready.length}${notAnnotated ? `; not annotated: ${failed.join(', ')}` : ''}.`,
    `Extreme pages (not in the figures above): ${f.stressRuns
      .map(
        (r) =>
          `${short(r.url)} → highlights ${ms(r.dclToPainted ?? Number.NaN)}, longest task ${ms(r.longestOurs)} (CPU ${ms(r.longestOursCpu)}), ${r.ours.length} tasks`,
      )
      .join('; ')}.`,
    `Pages that are not policies (our script's CPU; the tasks'): ${other.map((r) => `${short(r.url)} ${ms(r.scriptCpuMs)}; ${ms(r.ours.reduce((n, t) => n + t.cpuMs, 0))}`).join(', ')}.`,
  ].join('\n');
}

const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/opp115\/([^/]+)\/.*$/, '$1');

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

export function writeBenchmarks(path: string, f: Figures): string {
  const body = table(f);
  const block = `${START}\n${body}\n${END}`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const next = current.includes(START)
    ? current.replace(new RegExp(`${START.replace(/[()]/g, '\\$&')}[\\s\\S]*?${END}`), block)
    : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
  return body;
}
