/**
 * Pages that are not privacy policies, made up at run time (nothing stored): a news article, a shop's product grid,
 * a long encyclopedia-style article, and a page whose script keeps changing it (a live ticker). On these the
 * extension must cost next to nothing and change nothing.
 */
import * as made from '../../test/fixtures/robustness/pages.ts';
import type { ExtraPage } from '../lib/policy-server.ts';

const WORDS =
  'the river valley town market bread season walk morning garden tomato bridge music evening festival stone road recipe coffee train village harbour summer window lamp painter story winter friend kitchen oven mountain lake forest old new quiet bright slow warm small long'.split(
    ' ',
  );

function sentences(seed: number, count: number): string[] {
  let a = seed;
  const next = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  return Array.from({ length: count }, () => {
    const n = 8 + Math.floor(next() * 14);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'the');
    const s = words.join(' ');
    return `${s[0]?.toUpperCase()}${s.slice(1)}.`;
  });
}

const page = (title: string, body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<header><nav><a href="/">Home</a> <a href="/privacy">Privacy</a></nav></header>${body}` +
  `<footer><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms</a></footer>${script}</body></html>`;

function paragraphs(seed: number, count: number, per = 4): string {
  const all = sentences(seed, count * per);
  return Array.from({ length: count }, (_, i) => `<p>${all.slice(i * per, (i + 1) * per).join(' ')}</p>`).join('\n');
}

export const NON_POLICY_PAGES: Record<string, ExtraPage> = {
  '/bench/news.html': {
    body: page(
      'Festival returns to the valley',
      `<main><article><h1>Festival returns</h1>${paragraphs(1, 30)}</article></main>`,
    ),
  },
  '/bench/shop.html': {
    body: page(
      'Garden tools — shop',
      `<main><h1>Garden tools</h1><ul>${Array.from({ length: 400 }, (_, i) => `<li><a href="/p/${i}">Tool ${i}</a> <b>€${(i % 50) + 5}.99</b> <button>Add</button></li>`).join('')}</ul></main>`,
    ),
  },
  '/bench/encyclopedia.html': {
    body: page(
      'River valley — encyclopedia',
      `<main><h1>River valley</h1>${Array.from({ length: 40 }, (_, i) => `<h2>Section ${i}</h2>${paragraphs(100 + i, 8, 6)}`).join('')}</main>`,
    ),
  },
  '/bench/ticker.html': {
    body: page(
      'Live scores',
      `<main><h1>Live</h1><p id="clock">0</p>${paragraphs(7, 10)}</main>`,
      '<script>let n = 0; setInterval(() => { document.getElementById("clock").textContent = String(++n); }, 50);</script>',
    ),
  },
};

/** The robustness tests' extreme policies, timed too: where slicing the work matters most. */
export const STRESS_PAGES: Record<string, ExtraPage> = {
  '/stress/2mb/privacy': { body: made.hugePolicy },
  '/stress/10000-paragraphs/privacy': { body: made.manyParagraphs },
  '/stress/500kb-text-node/privacy': { body: made.singleTextNode },
};
