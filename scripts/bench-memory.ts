/**
 * What a page load costs the background worker when many sites are remembered (issue #13.1), in real Chromium:
 * the worker's CPU time (V8 profiler samples that are not idle) over page loads of a remembered site, and over a
 * page changing its address hash every 100 ms. Storage is filled as 10,000 analyses would leave it (each through
 * the store's own bounds), or, with `--legacy DIST`, as the first, unbounded layout left 5,000 sites, run on that
 * build. `npx tsx scripts/bench-memory.ts [--legacy /path/to/old/dist]`
 */

import { evictions, MEMORY_LIMITS, type MemoryIndex } from '../src/memory-index.ts';
import { toStored } from '../src/policy-memory.ts';
import { launchChromiumContext, withHostAccess } from './lib/browsers.ts';
import { startServer } from './lib/policy-server.ts';

const LOADS = 20;
const DIGEST = Array.from({ length: 150 }, (_, i) => ((i + 1) * 2654435761).toString(16).padStart(8, '0').slice(-8));
const policy = (host: string, i: number) => ({
  href: `https://${host}/privacy`,
  grade: 'B' as const,
  analysedAt: new Date(Date.now() - (10_000 - i) * 60_000).toISOString(),
  digest: DIGEST,
});

/** Storage as 10,000 analyses leave it, the test server's host last. */
function boundedStore(sites: number): Record<string, unknown> {
  const index: MemoryIndex = {};
  const items: Record<string, unknown> = {};
  const hosts = [...Array.from({ length: sites - 1 }, (_, i) => `site-${i}.example`), '127.0.0.1'];
  hosts.forEach((host, i) => {
    const stored = toStored(policy(host, i), Date.now() - (sites - i) * 60_000);
    items[`site:${host}`] = stored;
    index[host] = { used: stored.used, bytes: host.length + JSON.stringify(stored).length };
    for (const gone of evictions(index, host, MEMORY_LIMITS, stored.used, 365 * 86_400_000)) {
      delete index[gone];
      delete items[`site:${gone}`];
    }
  });
  return { ...items, 'memory-index': index };
}

function legacyStore(sites: number): Record<string, unknown> {
  const hosts = [...Array.from({ length: sites - 1 }, (_, i) => `site-${i}.example`), '127.0.0.1'];
  return { sites: Object.fromEntries(hosts.map((h, i) => [h, policy(h, i)])) };
}

type Send = (method: string, params?: object) => Promise<{ result?: Record<string, unknown> }>;

/** A CDP session on the extension's service worker (through the browser session: Playwright has none for workers). */
async function workerSession(context: Awaited<ReturnType<typeof launchChromiumContext>>['context']): Promise<Send> {
  const cdp = await context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('no browser CDP session');
  const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as {
    targetInfos: { targetId: string; type: string }[];
  };
  const worker = targetInfos.find((t) => t.type === 'service_worker');
  if (!worker) throw new Error('no service worker');
  const { sessionId } = (await cdp.send('Target.attachToTarget' as never, { targetId: worker.targetId } as never)) as {
    sessionId: string;
  };
  let id = 0;
  const pending = new Map<number, (value: never) => void>();
  cdp.on(
    'Target.receivedMessageFromTarget' as never,
    ((event: { message: string }) => {
      const reply = JSON.parse(event.message);
      pending.get(reply.id)?.(reply as never);
    }) as never,
  );
  return (method, params = {}) =>
    new Promise((resolve) => {
      pending.set(++id, resolve);
      void cdp.send(
        'Target.sendMessageToTarget' as never,
        { sessionId, message: JSON.stringify({ id, method, params }) } as never,
      );
    });
}

/** Non-idle CPU time in a V8 CPU profile, ms. */
function busyMs(profile: {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return profile.samples.reduce((sum, node, i) => sum + (idle.has(node) ? 0 : (profile.timeDeltas[i] ?? 0)), 0) / 1000;
}

async function run(label: string, dir: string, store: Record<string, unknown>, stormSeconds = 10): Promise<void> {
  const server = await startServer({
    '/storm': {
      body: '<!doctype html><title>Shop</title><p>Hello</p><script>let n=0;setInterval(()=>{location.hash=String(n++)},100)</script>',
    },
  });
  const chromium = await launchChromiumContext({ dir });
  const worker = chromium.context.serviceWorkers()[0];
  if (!worker) throw new Error('no worker');
  await worker.evaluate(async (items) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
      .chrome.storage.local;
    await local.set(items);
  }, store);
  const bytes = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { getBytesInUse(k: null): Promise<number> } } } }
    ).chrome.storage.local.getBytesInUse(null),
  );
  const send = await workerSession(chromium.context);
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 100 });
  const page = await chromium.context.newPage();
  await send('Profiler.start');
  for (let i = 0; i < LOADS; i++) {
    await page.goto(`${server.origin}/fixtures/shop-home.html?load=${i}`, { waitUntil: 'load' });
    await page.waitForTimeout(150);
  }
  const loads = (await send('Profiler.stop')).result?.profile as never;
  await send('Profiler.start');
  await page.goto(`${server.origin}/storm`);
  await page.waitForTimeout(stormSeconds * 1000);
  const storm = (await send('Profiler.stop')).result?.profile as never;
  const badge = await worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<{ id: number; url: string }[]> };
          action: { getBadgeText(d: object): Promise<string> };
        };
      }
    ).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url?.includes('/storm'));
    return tab ? api.action.getBadgeText({ tabId: tab.id }) : '?';
  });
  console.log(
    `| ${label} | ${(bytes / 1e6).toFixed(2)} MB | ${(busyMs(loads) / LOADS).toFixed(2)} ms | ${((busyMs(storm) / (stormSeconds * 1000)) * 100).toFixed(1)} % | ${badge} |`,
  );
  await chromium.close();
  await server.close();
}

const legacyAt = process.argv.indexOf('--legacy');
console.log('| storage | in use | worker CPU per page load | worker CPU, hash every 100 ms | badge |');
console.log('|---|---:|---:|---:|---|');
const granted = withHostAccess('chrome', ['http://127.0.0.1/*']);
await run('this build, nothing remembered', granted, {});
await run('this build, 10,000 sites analysed', granted, boundedStore(10_000));
if (legacyAt > 0) {
  const old = process.argv[legacyAt + 1] ?? '';
  await run('first layout, 5,000 sites', old, legacyStore(5_000));
}
