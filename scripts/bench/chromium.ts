/**
 * The extension in real Chromium, one fresh tab per page, each page traced: how long from DOMContentLoaded to the
 * last highlight (the content script's `policy-lens:painted` mark, in the page's own performance timeline), and the
 * main-thread tasks the extension ran (see trace.ts). The page's own `longtask` observer counts tasks ≥ 50 ms.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { autoAnnotating, launchChromiumContext } from '../lib/browsers.ts';
import { startTrace, summarise, type Task, type TraceEvent } from './trace.ts';

export const PAINTED = 'policy-lens:painted';
/** The first look on every page, and the full content script it has injected on likely policies. */
const SCRIPTS = ['/content/first-look.js', '/content/index.js'];

export interface PageRun {
  url: string;
  /** null when the content script did not annotate the page (not detected as a policy, or an error). */
  dclToPainted: number | null;
  state: string;
  ours: Task[];
  longestOurs: number;
  /** CPU time of the main thread within our longest task (wall time minus waiting for a core on a busy machine). */
  longestOursCpu: number;
  longestAny: number;
  injectedAfterDcl: number | null;
  evaluateMs: number;
  evaluateCpuMs: number;
  /** CPU inside our scripts' own evaluation and callbacks (trace.ts). */
  scriptCpuMs: number;
  /** Long tasks the page's own PerformanceObserver saw, and DOM mutations after DOMContentLoaded. */
  longTasks: number;
  mutations: number;
  highlights: number;
}

/** In the page, before its first script: count long tasks, and DOM mutations once the parser is done. */
function observe(): void {
  const w = window as unknown as { __bench: { long: number; mutations: number } };
  w.__bench = { long: 0, mutations: 0 };
  try {
    new PerformanceObserver((list) => {
      w.__bench.long += list.getEntries().length;
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      w.__bench.mutations += records.length;
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** The content script's state in the active tab, asked through the service worker as the popup would. */
async function contentState(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0];
  if (!sw) return 'no-worker';
  const answer = sw
    .evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } })
        .chrome as unknown as {
        tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
      };
      const [tab] = await api.tabs.query({ active: true });
      const state = tab
        ? ((await api.tabs.sendMessage(tab.id, { type: 'getState' })) as { status: string; message?: string })
        : null;
      return state?.message ? `${state.status}: ${state.message}` : (state?.status ?? 'no-tab');
    })
    // No content script to answer: the first look found no likely policy and asked for none.
    .catch((error: Error) =>
      /Receiving end does not exist/.test(error.message)
        ? 'not-policy (first look)'
        : `unreachable: ${error.message.slice(0, 80)}`,
    );
  return Promise.race([answer, timeout(5000, 'no answer from the service worker')]);
}

/** A promise that resolves to `value` after `ms`: a bound on calls that may never settle (a dying worker, tab). */
function timeout<T>(ms: number, value: T): Promise<T> {
  return new Promise((done) => setTimeout(() => done(value), ms).unref());
}

async function waitForPaint(page: Page, context: BrowserContext, patience: number): Promise<string> {
  const painted = () => page.evaluate((name) => performance.getEntriesByName(name).length > 0, PAINTED);
  const end = Date.now() + 30_000;
  let asked = Date.now() + patience;
  while (Date.now() < end) {
    if (await painted()) return 'ready';
    if (Date.now() > asked) {
      const state = await contentState(context);
      if (state !== 'analysing' && state !== 'idle') return (await painted()) ? 'ready' : state;
      asked = Date.now() + 1000;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return 'timeout';
}

async function measure(page: Page, context: BrowserContext, url: string, patience: number): Promise<PageRun> {
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  let events: TraceEvent[] | null = null;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 8000 });
    const state = await waitForPaint(page, context, patience);
    await page.waitForTimeout(150);
    const inPage = await page.evaluate((name) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const mark = performance.getEntriesByName(name)[0];
      const bench = (window as unknown as { __bench: { long: number; mutations: number } }).__bench;
      const highlights = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
      return { dcl: nav?.domContentLoadedEventStart ?? 0, painted: mark?.startTime ?? null, ...bench, highlights };
    }, PAINTED);
    events = await stop();
    const summary = summarise(events, SCRIPTS);
    const ours = summary?.ours ?? [];
    return {
      url,
      state,
      dclToPainted: inPage.painted === null ? null : inPage.painted - inPage.dcl,
      ours,
      longestOurs: Math.max(0, ...ours.map((t) => t.ms)),
      longestOursCpu: Math.max(0, ...ours.map((t) => t.cpuMs)),
      injectedAfterDcl: summary?.injectedAfterDcl ?? null,
      longestAny: summary?.longestAny ?? 0,
      evaluateMs: summary?.evaluateMs ?? 0,
      evaluateCpuMs: summary?.evaluateCpuMs ?? 0,
      scriptCpuMs: summary?.scriptCpuMs ?? 0,
      longTasks: inPage.long,
      mutations: inPage.mutations,
      highlights: inPage.highlights,
    };
  } finally {
    // A page that navigates itself away (ted.com does) must not leave the browser tracing for the next one.
    if (!events) await stop().catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Runs every page in one browser, in order, after one warm-up page (the service worker's cold start is not a
 * page's cost). `patience`: ms after DOMContentLoaded before asking the content script whether it is working at all.
 */
export async function runChromium(
  urls: readonly string[],
  {
    warmUp,
    patience = 2500,
    runAt,
    onPage,
  }: { warmUp: string; patience?: number; runAt?: string; onPage?: (run: PageRun) => void },
): Promise<{ runs: PageRun[]; version: string }> {
  const { context, close } = await launchChromiumContext({ dir: autoAnnotating('chrome', runAt) });
  await context.addInitScript(observe);
  const runs: PageRun[] = [];
  try {
    const warm = await context.newPage();
    await warm.goto(warmUp, { waitUntil: 'domcontentloaded' });
    await waitForPaint(warm, context, patience);
    await warm.close();
    for (const url of urls) {
      const page = await context.newPage();
      const run = await Promise.race([
        measure(page, context, url, patience),
        timeout(60_000, null).then(() => {
          throw new Error('page took over 60 s');
        }),
      ]).catch((error: Error): PageRun => ({ ...EMPTY, url, state: `error: ${error.message.slice(0, 100)}` }));
      runs.push(run);
      onPage?.(run);
      await Promise.race([page.close(), timeout(5000, undefined)]);
    }
    return { runs, version: context.browser()?.version() ?? (await chromiumVersion(context)) };
  } finally {
    await close();
  }
}

const EMPTY: Omit<PageRun, 'url' | 'state'> = {
  dclToPainted: null,
  ours: [],
  longestOurs: 0,
  longestOursCpu: 0,
  injectedAfterDcl: null,
  longestAny: 0,
  evaluateMs: 0,
  evaluateCpuMs: 0,
  scriptCpuMs: 0,
  longTasks: 0,
  mutations: 0,
  highlights: 0,
};

async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const ua = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? 'unknown';
}
