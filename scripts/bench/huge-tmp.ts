import { startServer } from '../lib/policy-server.ts';
import { runChromium } from './chromium.ts';
import * as made from '../../test/fixtures/robustness/pages.ts';
const server = await startServer({
  '/r/huge/privacy': { body: made.hugePolicy },
  '/r/many/privacy': { body: made.manyParagraphs },
  '/r/one-node/privacy': { body: made.singleTextNode },
});
const { runs } = await runChromium(['/r/huge/privacy', '/r/many/privacy', '/r/one-node/privacy'].map((p) => server.origin + p), {
  warmUp: `${server.origin}/seeds/template-platform.md/privacy-policy`,
  onPage: (r) => console.log(r.url.slice(-20), r.state, r.dclToPainted, 'longest', r.longestOurs, r.longestOursCpu, 'tasks', r.ours.length, JSON.stringify(r.ours.filter(t => t.ms > 20).map(t => [Math.round(t.start), Math.round(t.ms), Math.round(t.cpuMs)]))),
});
await server.close();
