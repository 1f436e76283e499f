/**
 * Painting from offsets, on linkedom: no CSS Custom Highlight API there, so createPainter falls back to wrapping text
 * in <policy-lens-mark>. linkedom also lacks Text#splitText, which every browser has; the standard behaviour is
 * supplied below for these tests only.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ExtractedPage, extractBlocks } from '../../content/extract-blocks.ts';
import { createPainter, type NodeSlice, slicesFor } from '../../content/highlight.ts';
import { SliceIndex } from '../../content/hover.ts';
import { LABEL_INFO, LABELS, OPP_CATEGORIES, type OppCategory } from '../../src/classify/labels.ts';
import { toParagraphs } from '../../src/segment/paragraphs.ts';
import type { ParagraphInput, ParagraphResult } from '../../src/types.ts';
import { paragraph } from '../unit/score/paragraph.ts';
import { documentOf, must } from './dom.ts';
import { opp115Sentences, randomPage } from './random-dom.ts';

beforeAll(() => {
  const proto = Object.getPrototypeOf(documentOf('').createTextNode('')) as Text & { splitText?: unknown };
  if (typeof proto.splitText === 'function') return;
  Object.defineProperty(proto, 'splitText', {
    configurable: true,
    value(this: Text, offset: number): Text {
      if (offset < 0 || offset > this.data.length) throw new RangeError('IndexSizeError');
      const tail = (this.ownerDocument as Document).createTextNode(this.data.slice(offset));
      this.data = this.data.slice(0, offset);
      this.parentNode?.insertBefore(tail, this.nextSibling);
      return tail;
    },
  });
});

const ws = (s: string) => s.replace(/\s/g, ' ');

/** A painted paragraph: the extracted one, given a category so it has a label to paint with. */
function result(input: ParagraphInput, category: OppCategory, advertising = false): ParagraphResult {
  return { ...paragraph(input.id, { text: input.text, categories: [category], advertising }), ...input };
}

const blockText = (page: ExtractedPage, p: ParagraphInput) =>
  p.pieces.map((x) => page.blocks[x.block]?.text.slice(x.start, x.end)).join('');
const marks = (doc: Document, label?: string) =>
  Array.from(doc.querySelectorAll(label ? `policy-lens-mark[data-label="${label}"]` : 'policy-lens-mark'));
/** The text of a label's marks in document order, whitespace shown as spaces (as extraction collapsed it). */
const markText = (doc: Document, label: string) =>
  ws(
    marks(doc, label)
      .map((m) => m.textContent)
      .join(''),
  );

describe('slicesFor', () => {
  const doc = documentOf(
    '<h2>Sharing</h2><p>We   share <b>your data</b> with\n partners.</p><ul><li>ads</li><li>analytics</li></ul>',
  );
  const page = extractBlocks(doc.body);
  const paragraphs = toParagraphs(page.blocks);

  it.each([
    [0, 'We share your data with partners.'],
    [1, 'adsanalytics'],
  ])('paragraph %i: the slices hold exactly its characters', (id, expected) => {
    const p = paragraphs[id] as ParagraphInput;
    const slices = slicesFor(page, p.pieces);
    expect(ws(slices.map((s) => s.node.data.slice(s.from, s.to)).join(''))).toBe(expected);
    expect(blockText(page, p)).toBe(expected);
  });

  it('cuts a run at a piece boundary', () => {
    const slices = slicesFor(page, [{ block: 1, start: 3, end: 13 }]);
    expect(slices.map((s) => [s.node.data, s.from, s.to])).toEqual([
      ['We   share ', 5, 11],
      ['your data', 0, 4],
    ]);
  });

  it.each([
    [{ block: 99, start: 0, end: 5 }],
    [{ block: 1, start: 5, end: 5 }],
  ])('returns nothing for a piece outside the page or empty: %j', (piece) => {
    expect(slicesFor(page, [piece])).toEqual([]);
  });
});

describe('createPainter on a DOM without the Highlight API', () => {
  const HTML =
    '<h1>Privacy</h1><p>We   collect <b>your email</b> and\n  <i>your name</i>.</p>' +
    '<ul><li>cookies</li><li> pixels </li></ul><p>We share data with <a href="#p">partners</a> for ads.</p><p>Contact us.</p>';

  function setUp() {
    const doc = documentOf(HTML);
    const page = extractBlocks(doc.body);
    const inputs = toParagraphs(page.blocks);
    const categories: OppCategory[] = [
      'First Party Collection/Use',
      'First Party Collection/Use',
      'Third Party Sharing/Collection',
      'Other',
    ];
    const results = inputs.map((p, i) => result(p, categories[i] ?? 'Other', i === 2));
    return { doc, page, inputs, results, before: doc.body.innerHTML };
  }

  it("wraps exactly each paragraph's characters and restores the page exactly on clear()", () => {
    const { doc, page, inputs, results, before } = setUp();
    const painter = createPainter(doc);
    painter.paint(results.map((r) => ({ result: r, slices: slicesFor(page, r.pieces) })));
    expect(markText(doc, 'collection')).toBe(blockText(page, must(inputs[0])) + blockText(page, must(inputs[1])));
    expect(markText(doc, 'advertising')).toBe('We share data with partners for ads.');
    expect(marks(doc, 'other').map((m) => m.textContent)).toEqual(['Contact us.']);
    expect(doc.querySelector('h1 policy-lens-mark')).toBeNull();
    expect(doc.querySelector('policy-lens-mark policy-lens-mark')).toBeNull();
    expect(doc.body.textContent).toBe(documentOf(HTML).body.textContent);
    painter.clear();
    expect(marks(doc)).toEqual([]);
    expect(doc.body.innerHTML).toBe(before);
  });

  it("hides and shows a label's marks", () => {
    const { doc, page, results } = setUp();
    const painter = createPainter(doc);
    painter.paint(results.map((r) => ({ result: r, slices: slicesFor(page, r.pieces) })));
    painter.setVisible('Other', false);
    expect(marks(doc, 'other').every((m) => m.hasAttribute('data-hidden'))).toBe(true);
    expect(marks(doc, 'collection').some((m) => m.hasAttribute('data-hidden'))).toBe(false);
    painter.setVisible('Other', true);
    expect(marks(doc, 'other').some((m) => m.hasAttribute('data-hidden'))).toBe(false);
  });

  it('paints nothing for paragraphs without a label (not policy text, or no category)', () => {
    const { doc, page, inputs, before } = setUp();
    const painter = createPainter(doc);
    const notPolicy = { ...result(must(inputs[0]), 'Other'), policyText: false };
    const noCategory = { ...result(must(inputs[1]), 'Other'), categories: [] };
    painter.paint([notPolicy, noCategory].map((r) => ({ result: r, slices: slicesFor(page, r.pieces) })));
    expect(doc.body.innerHTML).toBe(before);
  });

  it('ignores slices that no longer fit their node (the page changed) instead of throwing', () => {
    const { doc, page, results, before } = setUp();
    const painter = createPainter(doc);
    const first = must(results[0]);
    const slices: NodeSlice[] = slicesFor(page, first.pieces);
    const stale = slices.map((s) => ({ ...s, from: s.from + 1000, to: s.to + 1000 }));
    expect(() => painter.paint([{ result: first, slices: stale }])).not.toThrow();
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('hover lookup after fallback painting', () => {
  // The fallback painter splits text nodes, so the content script indexes what paint() returns (the text nodes now
  // inside the marks), not the slices it was given.
  it('finds the paragraph for a caret inside every painted mark', () => {
    const doc = documentOf('<p>Intro text. We   share <b>data</b> with partners for ads.</p><p>Other text.</p>');
    const page = extractBlocks(doc.body);
    const [first, second] = toParagraphs(page.blocks);
    const pieces = [{ block: 0, start: 12, end: must(first).text.length }];
    const placed = createPainter(doc).paint([
      { result: result({ ...must(first), pieces }, 'Other'), slices: slicesFor(page, pieces) },
      { result: result(must(second), 'Data Security'), slices: slicesFor(page, must(second).pieces) },
    ]);
    const index = new SliceIndex();
    for (const [id, slices] of placed) index.add(id, slices);
    const marks = Array.from(doc.querySelectorAll('policy-lens-mark'));
    expect(marks.map((m) => m.textContent)).toEqual([
      'We ',
      'share ',
      'data',
      ' with partners for ads.',
      'Other text.',
    ]);
    for (const [i, mark] of marks.entries()) {
      const node = mark.firstChild as Node;
      expect(index.find(node, 0), `mark ${i}`).toBe(i < 4 ? 0 : 1);
      expect(index.find(node, (node as Text).data.length - 1), `mark ${i}`).toBe(i < 4 ? 0 : 1);
    }
    expect(index.find(must(doc.querySelector('p')?.firstChild), 2)).toBeNull();
  });
});

describe('painting one long text node cut into several paragraphs', () => {
  const sentence = (i: number) => `We keep record ${i} of your visits   for a while,\n   then we delete it.`;
  const long = Array.from({ length: 80 }, (_, i) => sentence(i)).join('  ');

  it.each([
    ['alternate labels', (i: number) => (i % 2 ? 'Data Retention' : 'Other') as OppCategory],
    ['one label', () => 'Data Retention' as OppCategory],
  ])('wraps every paragraph of the node (%s)', (_name, categoryOf) => {
    const doc = documentOf(`<p>Intro <b>bold</b> text.</p><p>${long}</p><p>Outro.</p>`);
    const before = doc.body.innerHTML;
    const page = extractBlocks(doc.body);
    const inputs = toParagraphs(page.blocks);
    expect(inputs.filter((p) => p.pieces[0]?.block === 1).length).toBeGreaterThan(2);
    const results = inputs.map((p, i) => result(p, categoryOf(i)));
    const painter = createPainter(doc);
    painter.paint(results.map((r) => ({ result: r, slices: slicesFor(page, r.pieces) })));
    for (const id of ['retention', 'other']) {
      const mine = results.filter((r) => LABEL_INFO[must(r.categories[0])].id === id);
      expect(markText(doc, id)).toBe(mine.map((r) => blockText(page, r)).join(''));
    }
    painter.clear();
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('flash in the fallback painter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['paragraphs in separate text nodes', '<p>First paragraph here.</p><p>Second <b>one</b> here.</p><p>Third.</p>'],
    [
      'paragraphs cut from one long text node',
      `<p>${Array.from({ length: 60 }, (_, i) => `We keep record ${i} of your visits for a while, then delete it.`).join(' ')}</p>`,
    ],
  ])('marks exactly the revealed paragraph, then unmarks it (%s)', (_name, html) => {
    vi.useFakeTimers();
    const doc = documentOf(html);
    const page = extractBlocks(doc.body);
    const results = toParagraphs(page.blocks).map((p) => result(p, 'Other'));
    expect(results.length).toBeGreaterThan(1);
    const painter = createPainter(doc);
    const placed = painter.paint(results.map((r) => ({ result: r, slices: slicesFor(page, r.pieces) })));
    const target = must(results[1]);
    painter.flash(placed.get(target.id) ?? []);
    const flashed = ws(
      Array.from(doc.querySelectorAll('policy-lens-mark[data-flash]'))
        .map((m) => m.textContent)
        .join(''),
    );
    expect(flashed).toBe(blockText(page, target));
    vi.advanceTimersByTime(1600);
    expect(doc.querySelector('policy-lens-mark[data-flash]')).toBeNull();
  });
});

describe('painting random pages', () => {
  const SENTENCES = opp115Sentences();
  const CATEGORIES = OPP_CATEGORIES;

  it.each(
    Array.from({ length: 200 }, (_, i) => 5000 + i),
  )("seed %i: every label's marks hold exactly its paragraphs, and clear() restores the HTML", (seed) => {
    const doc = randomPage(seed, SENTENCES);
    const before = doc.body.innerHTML;
    const page = extractBlocks(doc.body);
    const inputs = toParagraphs(page.blocks);
    // Every third paragraph unpainted; the rest cycle through the labels.
    const results = inputs.map((p, i) => ({
      ...result(p, must(CATEGORIES[i % CATEGORIES.length]), i % 7 === 3),
      policyText: i % 3 !== 2,
    }));
    const painted = results.filter((r) => r.policyText);
    const painter = createPainter(doc);
    const placed = painter.paint(results.map((r) => ({ result: r, slices: slicesFor(page, r.pieces) })));
    expect([...placed.keys()].sort((a, b) => a - b)).toEqual(painted.map((r) => r.id));
    for (const r of painted) {
      const slices = placed.get(r.id) ?? [];
      expect(ws(slices.map((x) => x.node.data.slice(x.from, x.to)).join(''))).toBe(blockText(page, r));
      for (const x of slices) expect(x.node.parentElement?.tagName).toBe('POLICY-LENS-MARK');
    }
    for (const label of LABELS) {
      const mine = painted.filter((r) => (r.advertising ? 'Advertising' : r.categories[0]) === label);
      const got = markText(doc, LABEL_INFO[label].id);
      expect(got, label).toBe(mine.map((r) => blockText(page, r)).join(''));
    }
    expect(doc.querySelector('policy-lens-mark policy-lens-mark')).toBeNull();
    painter.clear();
    expect(doc.body.innerHTML).toBe(before);
  });
});
