/**
 * Main-thread tasks from a Chromium trace, and which of them are the extension's. A task is ours when something
 * inside it ran one of our content scripts (the first look, content/first-look.js, and the full content/index.js):
 * its evaluation (`EvaluateScript`/`v8.compile` naming it), a callback naming it (`FunctionCall`), one of our
 * user-timing marks, or a CPU-profiler sample (the trace's own sampling profiler, every ~0.1 ms) with a frame of
 * either on the stack — that last one finds every
 * callback of ours (messages, timers, observers) without any marker in the product.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; message?: string }; [key: string]: unknown };
}

export interface Task {
  /** Milliseconds after DOMContentLoaded. */
  start: number;
  /** Wall-clock milliseconds, and the main thread's CPU milliseconds within them. */
  ms: number;
  cpuMs: number;
}

export interface TaskSummary {
  /** Our tasks on the page's main thread, in order. */
  ours: Task[];
  /** The longest task on that thread, whoever caused it. */
  longestAny: number;
  /** Wall-clock ms of evaluating the content script itself (injection, detection and anything else it does first). */
  evaluateMs: number;
  /** CPU ms of the same. */
  evaluateCpuMs: number;
  /** When the browser injected the first content script, ms after DOMContentLoaded (document_idle's wait). */
  injectedAfterDcl: number;
  /**
   * CPU ms inside our scripts themselves: their evaluation and every callback of theirs the trace names
   * (`EvaluateScript`, `FunctionCall`), outermost only. The tasks in `ours` also hold the page's own work around
   * a callback of ours (a ticking page's timer, in which our MutationObserver runs).
   */
  scriptCpuMs: number;
}

const CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const event of e.value) events.push(event as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  return async () => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

type Scripts = readonly string[];

const isScript = (url: string | undefined, scripts: Scripts) => Boolean(url && scripts.some((s) => url.endsWith(s)));

function isOurs(e: TraceEvent, script: Scripts): boolean {
  if (e.name.startsWith('policy-lens')) return true;
  const data = e.args?.data;
  return Boolean(isScript(data?.url, script) || data?.message?.startsWith('policy-lens'));
}

/** `script`: the content scripts' paths inside the extension, e.g. `/content/index.js`. */
export function summarise(events: readonly TraceEvent[], script: Scripts): TaskSummary | null {
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && isOurs(e, script));
  if (!evaluate) return null;
  const thread = (e: TraceEvent) => e.pid === evaluate.pid && e.tid === evaluate.tid;
  const tasks = events.filter((e) => thread(e) && e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const marks = events.filter((e) => thread(e) && e.name !== 'RunTask' && isOurs(e, script)).map((e) => e.ts);
  marks.push(...sampledIn(events, evaluate, script));
  const dcl = events.find((e) => thread(e) && e.name === 'MarkDOMContent' && isMainFrame(e))?.ts ?? evaluate.ts;
  const ours = tasks
    .filter((t) => marks.some((ts) => ts >= t.ts && ts <= t.ts + (t.dur ?? 0)))
    .map((t) => ({ start: (t.ts - dcl) / 1000, ms: (t.dur ?? 0) / 1000, cpuMs: (t.tdur ?? t.dur ?? 0) / 1000 }));
  return {
    injectedAfterDcl: (evaluate.ts - dcl) / 1000,
    ours,
    longestAny: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
    evaluateMs: (evaluate.dur ?? 0) / 1000,
    evaluateCpuMs: (evaluate.tdur ?? evaluate.dur ?? 0) / 1000,
    scriptCpuMs: ownCpu(events.filter((e) => thread(e) && OWN.has(e.name) && isScript(e.args?.data?.url, script))),
  };
}

const OWN = new Set(['EvaluateScript', 'FunctionCall']);

function ownCpu(events: readonly TraceEvent[]): number {
  let end = Number.NEGATIVE_INFINITY;
  let total = 0;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    total += e.tdur ?? e.dur ?? 0;
    end = e.ts + (e.dur ?? 0);
  }
  return total / 1000;
}

function isMainFrame(e: TraceEvent): boolean {
  return (e.args?.data as { isMainFrame?: boolean } | undefined)?.isMainFrame !== false;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame?: { url?: string };
}

/** Timestamps of CPU-profile samples on `at`'s thread whose stack holds a frame of one of `script`. */
function sampledIn(events: readonly TraceEvent[], at: TraceEvent, script: Scripts): number[] {
  const out: number[] = [];
  const starts = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === at.pid && e.tid === at.tid) {
      starts.set(String((e as unknown as { id: string }).id), (e.args?.data as { startTime: number }).startTime);
    }
  }
  for (const [id, start] of starts) {
    const nodes = new Map<number, ProfileNode>();
    let time = start;
    for (const e of events) {
      // Profile ids repeat across processes, and chunks come from the profiler's own thread: match by process.
      if (e.name !== 'ProfileChunk' || e.pid !== at.pid || String((e as unknown as { id: string }).id) !== id) continue;
      const data = e.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      samples.forEach((sample, i) => {
        time += deltas[i] ?? 0;
        if (onStack(nodes, sample, script)) out.push(time);
      });
    }
  }
  return out;
}

function onStack(nodes: Map<number, ProfileNode>, id: number, script: Scripts): boolean {
  for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
    if (isScript(node.callFrame?.url, script)) return true;
  }
  return false;
}
