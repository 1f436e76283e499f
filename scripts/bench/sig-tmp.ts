import { parseHTML } from 'linkedom';
import { readSignals } from '../../content/page-signals.ts';
import { detectPolicy } from '../../src/detect/is-policy.ts';
import { NON_POLICY_PAGES } from './pages.ts';
for (const [path, p] of Object.entries(NON_POLICY_PAGES)) {
  const { document } = parseHTML(p.body as string);
  for (let i = 0; i < 3; i++) {
    let t = performance.now(); const s = readSignals(document as unknown as Document); const a = performance.now() - t;
    t = performance.now(); const d = detectPolicy({ ...s, url: 'http://127.0.0.1/bench/page.html' }); const b = performance.now() - t;
    console.log(path, s.text.length, a.toFixed(2), b.toFixed(2), d.isPolicy);
  }
}
