import { autoAnnotating, launchChromiumContext } from '../lib/browsers.ts';
import { startServer } from '../lib/policy-server.ts';
import { NON_POLICY_PAGES } from './pages.ts';
import { startTrace, summarise } from './trace.ts';
const server = await startServer(NON_POLICY_PAGES);
const { context, close } = await launchChromiumContext({ dir: autoAnnotating('chrome') });
for (const path of ['/bench/news.html', '/fixtures/recipe-blog.html', '/bench/encyclopedia.html', '/bench/news.html']) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(server.origin + path, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(1500);
  const events = await stop();
  const s = summarise(events, '/content/index.js');
  console.log(path, JSON.stringify(s));
  // self time by function for samples with our script on stack
  const nodes = new Map<number, any>(); const self = new Map<string, number>();
  for (const e of events) if (e.name === 'ProfileChunk') {
    const d = (e.args as any).data; for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = d.cpuProfile?.samples ?? []; const deltas = d.timeDeltas ?? [];
    samples.forEach((id: number, i: number) => {
      let ours = false; for (let n = nodes.get(id); n; n = nodes.get(n.parent)) if (n.callFrame?.url?.endsWith('/content/index.js')) { ours = true; break; }
      if (!ours) return; const n = nodes.get(id); const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber} ${(n.callFrame.url ?? "").slice(-20)}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[i+1] ?? deltas[i] ?? 0) / 1000);
    });
  }
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v.toFixed(2)} ${k}`).join('\n'));
  await page.close();
}
await close(); await server.close();
