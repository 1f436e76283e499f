/**
 * The tooltip in real browsers: placed clear of the paragraph it explains, at the viewport's edges too; saying so
 * when the model is unsure; and out of a hostile page's reach (issue #13, item 6) — a closed shadow root the page
 * cannot rewrite, elements the page cannot spoof by defining our names first, and no tooltip for the page's own
 * synthetic pointer events. Pages served from 127.0.0.1, every other request blocked.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserUnderTest, type TestPage, waitFor } from '../../scripts/lib/browsers.ts';
import { renderSeed, startServer, type TestServer } from '../../scripts/lib/policy-server.ts';

const SHOTS = 'artifacts/e2e/tooltip';
mkdirSync(SHOTS, { recursive: true });

/** Text the hostile page wraps in its own <policy-lens-mark>, hoping we skip it. */
const HIDDEN_CLAUSE = 'We sell your personal information to data brokers for their own advertising.';
/** What the hostile page tries to make the tooltip say. */
const FORGED = 'Says it does NOT sell your data (forged)';

/** Defines our element names first, with constructors that throw, and tries to rewrite the tooltip. */
const HOSTILE_SCRIPT = `<script>
  for (const name of ['policy-lens-tooltip', 'policy-lens-mark'])
    customElements.define(name, class extends HTMLElement { constructor() { super(); throw new Error('spoofed ' + name); } });
  window.__reached = [];
  const tried = new WeakSet();
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('[data-policy-lens]')) {
      if (tried.has(el)) continue;
      tried.add(el);
      window.__reached.push(el.shadowRoot !== null);
      try { el.attachShadow({ mode: 'open' }).textContent = ${JSON.stringify(FORGED)}; } catch {}
      el.textContent = ${JSON.stringify(FORGED)};
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
</script>`;

function hostilePage(): string {
  return renderSeed('template-platform.md')
    .replace('<head>', `<head>${HOSTILE_SCRIPT}`)
    .replace('<main>', `<main><h2>Sale of data</h2><p><policy-lens-mark>${HIDDEN_CLAUSE}</policy-lens-mark></p>`);
}

/** In the page: whether the tooltip shows `text`, found on screen (the root is closed; window.find sees rendering). */
function tooltipSays(text: string): boolean {
  const host = document.querySelector('[data-policy-lens="tooltip"]');
  if (!host || getComputedStyle(host).display === 'none') return false;
  getSelection()?.removeAllRanges();
  type Find = { find(s: string, caseSensitive: boolean, back: boolean, wrap: boolean): boolean };
  const found = (window as unknown as Find).find(text, true, false, true);
  getSelection()?.removeAllRanges();
  return found;
}

function tooltipShown(): boolean {
  const host = document.querySelector('[data-policy-lens="tooltip"]');
  return Boolean(host && getComputedStyle(host).display !== 'none');
}

function tooltipHidden(): boolean {
  const host = document.querySelector('[data-policy-lens="tooltip"]');
  return !host || getComputedStyle(host).display === 'none';
}

/**
 * In the page: scrolls the `index`-th painted paragraph (a <p> holding highlighted text) to `where` in the viewport
 * and returns a point on its first line inside the viewport, or null.
 */
async function paragraphAt([index, where]: [number, ScrollLogicalPosition]): Promise<{ x: number; y: number } | null> {
  const painted = new Set<Element>();
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('policy-lens-') || name === 'policy-lens-low') continue;
    for (const r of h as Highlight) {
      const p = (r as Range).startContainer.parentElement?.closest('p, li');
      if (p && (p.textContent ?? '').length > 200) painted.add(p);
    }
  }
  const p = [...painted].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1))[index];
  if (!p) return null;
  p.scrollIntoView({ block: where, behavior: 'instant' });
  // Let scrolling settle (and the tooltip's scroll handler run) before measuring where the paragraph is.
  for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
  for (const old of document.querySelectorAll('[data-probe]')) old.removeAttribute('data-probe');
  p.setAttribute('data-probe', '');
  const range = document.createRange();
  range.selectNodeContents(p);
  const rect = [...range.getClientRects()].find((r) => r.width > 30 && r.top >= 0 && r.bottom <= innerHeight);
  return rect ? { x: rect.left + Math.min(60, rect.width / 2), y: rect.top + rect.height / 2 } : null;
}

/** In the page: whether the tooltip's box overlaps any line of the probed paragraph. */
function tooltipOverParagraph(): { overlaps: boolean; tip: number[] } {
  const host = document.querySelector('[data-policy-lens="tooltip"]') as Element;
  const tip = host.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('[data-probe]') as Element);
  const overlaps = [...range.getClientRects()].some(
    (r) => r.width > 0 && tip.left < r.right && r.left < tip.right && tip.top < r.bottom && r.top < tip.bottom,
  );
  return { overlaps, tip: [tip.left, tip.top, tip.width, tip.height] };
}

async function hoverAway(page: TestPage): Promise<void> {
  await page.hover(1, 1);
  await waitFor(page, tooltipHidden, undefined);
}

describe.each(Object.keys(BROWSERS) as (keyof typeof BROWSERS)[])('%s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let hostile: TestPage;

  beforeAll(async () => {
    server = await startServer({ '/hostile/tooltip/privacy': { body: hostilePage } });
    browser = await BROWSERS[name]();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('analyses a page that defined our element names first, and reads text it wrapped in our tag', async () => {
    hostile = await browser.newPage(`${server.origin}/hostile/tooltip/privacy`);
    await browser.clickToolbarButton(hostile);
    await waitFor(hostile, () => CSS.highlights.size > 2, undefined, 30_000);
    const read = await hostile.evaluate(
      (clause) =>
        [...CSS.highlights.values()].some((h) => [...h].some((r) => (r as Range).toString().includes(clause))),
      HIDDEN_CLAUSE,
    );
    expect(read).toBe(true);
  });

  it("opens no tooltip for the page's own synthetic mouse moves", async () => {
    const point = await hostile.evaluate(paragraphAt, [0, 'center']);
    expect(point).not.toBeNull();
    await hostile.evaluate(({ x, y }) => {
      for (let i = 0; i < 10; i++)
        document
          .elementFromPoint(x, y)
          ?.dispatchEvent(new MouseEvent('mousemove', { clientX: x + i, clientY: y, bubbles: true }));
    }, point ?? { x: 0, y: 0 });
    await new Promise((r) => setTimeout(r, 600));
    expect(await hostile.evaluate(tooltipShown, undefined)).toBe(false);
    // The reader's own pointer does open it: the test above can fail.
    await hostile.hover(point?.x ?? 0, point?.y ?? 0);
    await waitFor(hostile, tooltipShown, undefined);
  });

  it('keeps the tooltip out of the page’s reach: closed root, forged text never shown', async () => {
    expect(await hostile.evaluate(tooltipSays, 'Confidence ')).toBe(true);
    expect(await hostile.evaluate(tooltipSays, FORGED)).toBe(false);
    const reached = await hostile.evaluate(() => (window as unknown as { __reached: boolean[] }).__reached, undefined);
    expect(reached.length).toBeGreaterThan(0); // the page did find the host and try
    expect(reached.every((r) => r === false)).toBe(true);
    expect(hostile.errors.filter((e) => !e.includes('spoofed'))).toEqual([]);
    await hostile.screenshot(`${SHOTS}/${name}-hostile.png`);
    await hoverAway(hostile);
  });

  it.each<[string, number, ScrollLogicalPosition]>([
    ['in the middle of the viewport', 1, 'center'],
    ['at the top edge', 2, 'start'],
    ['at the bottom edge', 3, 'end'],
    ['at the bottom edge, another', 5, 'end'],
  ])('places the tooltip clear of a paragraph %s', async (where, index, block) => {
    const point = await hostile.evaluate(paragraphAt, [index, block]);
    expect(point).not.toBeNull();
    await hostile.hover(point?.x ?? 0, point?.y ?? 0);
    await waitFor(hostile, tooltipShown, undefined);
    const placed = await hostile.evaluate(tooltipOverParagraph, undefined);
    expect(placed.overlaps, `tooltip at ${placed.tip.join(', ')}`).toBe(false);
    if (index === 3) await hostile.screenshot(`${SHOTS}/${name}-edge-${where.replace(/\W+/g, '-')}.png`);
    await hoverAway(hostile);
  });

  it('draws paragraphs the model is unsure of dashed, and the tooltip says why', async () => {
    const point = await hostile.evaluate(() => {
      const low = [...(CSS.highlights.get('policy-lens-low') ?? [])][0] as Range | undefined;
      if (!low) return null;
      low.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = [...low.getClientRects()].find((r) => r.width > 20);
      return rect ? { x: rect.left + 10, y: rect.top + rect.height / 2 } : null;
    }, undefined);
    expect(point).not.toBeNull();
    await hostile.hover(point?.x ?? 0, point?.y ?? 0);
    await waitFor(hostile, tooltipSays, '— low: the model is unsure');
    await hostile.screenshot(`${SHOTS}/${name}-low-confidence.png`);
    await hoverAway(hostile);
  });
});
