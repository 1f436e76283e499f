import { autoAnnotating, launchChromiumContext } from '../lib/browsers.ts';
import { startServer } from '../lib/policy-server.ts';
import * as made from '../../test/fixtures/robustness/pages.ts';
import { startTrace } from './trace.ts';
const server = await startServer({ '/r/many/privacy': { body: made.manyParagraphs }, '/r/huge/privacy': { body: made.hugePolicy } });
const { context, close } = await launchChromiumContext({ dir: autoAnnotating('chrome') });
for (const path of ['/r/many/privacy', '/r/huge/privacy']) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(server.origin + path, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => performance.getEntriesByName('policy-lens:painted').length > 0, undefined, { timeout: 30000 });
  await page.waitForTimeout(300);
  const events = await stop();
  const ev = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/content/index.js'))!;
  const tasks = events.filter((e) => e.pid === ev.pid && e.tid === ev.tid && e.name === 'RunTask' && (e.dur ?? 0) > 40000);
  const nodes = new Map<number, any>();
  const samples: [number, number][] = [];
  let time = 0;
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === ev.pid && e.tid === ev.tid) time = (e.args as any).data.startTime;
    if (e.name !== 'ProfileChunk' || e.pid !== ev.pid || e.tid !== ev.tid) continue;
    const d = (e.args as any).data; for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    (d.cpuProfile?.samples ?? []).forEach((id: number, i: number) => { time += d.timeDeltas?.[i] ?? 0; samples.push([time, id]); });
  }
  for (const t of tasks) {
    const self = new Map<string, number>();
    const inner = samples.filter(([ts]) => ts >= t.ts && ts <= t.ts + (t.dur ?? 0));
    for (const [, id] of inner) { const stack: string[] = []; for (let n = nodes.get(id); n; n = nodes.get(n.parent)) stack.push(n.callFrame.functionName || '(anon)'); const key = stack.slice(0, 3).join(' < '); self.set(key, (self.get(key) ?? 0) + 1); }
    const names = events.filter((e) => e.pid === ev.pid && e.tid === ev.tid && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 5000 && e.name !== 'RunTask').map((e) => `${e.name}:${Math.round((e.dur ?? 0) / 1000)}`);
    console.log(path, 'task', Math.round((t.dur ?? 0) / 1000), 'ms', inner.length, 'samples', names.slice(0, 8).join(' '));
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `   ${v} ${k}`).join('\n'));
  }
  await page.close();
}
await close(); await server.close();
