/**
 * The Highlight API painter. linkedom has neither CSS.highlights nor Range#setStart, so both are stood in for by
 * minimal fakes that record what the painter asks of them; the slices come from real extraction.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isLowConfidence, LOW_CONFIDENCE } from '../../content/confidence.ts';
import { extractBlocks } from '../../content/extract-blocks.ts';
import { createPainter, piecesWithin, slicesFor } from '../../content/highlight.ts';
import { FLASH, KEY, LOW } from '../../content/highlight-styles.ts';
import type { OppCategory } from '../../src/classify/labels.ts';
import { toParagraphs } from '../../src/segment/paragraphs.ts';
import type { ParagraphInput, ParagraphResult } from '../../src/types.ts';
import { paragraph } from '../unit/score/paragraph.ts';
import { documentOf } from './dom.ts';

class FakeRange {
  node: Text | null = null;
  start = 0;
  end = 0;
  setStart(node: Text, offset: number) {
    this.node = node;
    this.start = offset;
  }
  setEnd(_node: Text, offset: number) {
    this.end = offset;
  }
  toString() {
    return this.node?.data.slice(this.start, this.end) ?? '';
  }
}

class FakeHighlight extends Set<FakeRange> {
  priority = 0;
  constructor(...ranges: FakeRange[]) {
    super(ranges);
  }
}

function setUp() {
  const doc = documentOf(
    '<h1>Privacy</h1><p>We   collect <b>your email</b>.</p><p>We share data with partners.</p><p>We keep logs for 30 days.</p>',
  );
  const registry = new Map<string, FakeHighlight>();
  Object.assign(doc.defaultView as object, { CSS: { highlights: registry } });
  doc.createRange = () => new FakeRange() as unknown as Range;
  const page = extractBlocks(doc.body);
  const categories: OppCategory[] = ['First Party Collection/Use', 'Third Party Sharing/Collection', 'Data Retention'];
  const results = toParagraphs(page.blocks).map(
    (p: ParagraphInput, i): ParagraphResult => ({
      ...paragraph(p.id, { text: p.text, categories: [categories[i] ?? 'Other'] }),
      ...p,
    }),
  );
  const before = doc.body.innerHTML;
  const painter = createPainter(doc);
  const placed = painter.paint(results.map((r) => ({ result: r, slices: slicesFor(page, r.pieces) })));
  return { doc, registry, painter, results, page, before, placed };
}

const text = (h: FakeHighlight | undefined) => [...(h ?? [])].map((r) => r.toString().replace(/\s/g, ' ')).join('|');

describe('createPainter with the Highlight API', () => {
  beforeEach(() => {
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('never touches the DOM, and registers a label only when it is made visible', () => {
    const { doc, registry, painter, before } = setUp();
    expect(doc.body.innerHTML).toBe(before);
    expect([...registry.keys()]).toEqual([]);
    painter.setVisible('Third Party Sharing/Collection', true);
    painter.setVisible('Data Retention', true);
    expect([...registry.keys()].sort()).toEqual(['policy-lens-retention', 'policy-lens-sharing']);
    expect(text(registry.get('policy-lens-sharing'))).toBe('We share data with partners.');
    painter.setVisible('Data Retention', false);
    expect([...registry.keys()]).toEqual(['policy-lens-sharing']);
  });

  it('returns the slices it was given, by paragraph id (the DOM is not split)', () => {
    const { placed, page, results } = setUp();
    expect([...placed.keys()]).toEqual(results.map((r) => r.id));
    for (const r of results) expect(placed.get(r.id)).toEqual(slicesFor(page, r.pieces));
  });

  it('holds one range per slice, covering exactly the paragraph', () => {
    const { registry, painter } = setUp();
    painter.setVisible('First Party Collection/Use', true);
    expect(text(registry.get('policy-lens-collection'))).toBe('We |collect |your email|.'); // "We   collect": one slice either side of the collapsed spaces;
  });

  it('flashes slices for a while, above the labels', () => {
    const { registry, painter, page, results } = setUp();
    painter.flash(slicesFor(page, results[2]?.pieces ?? []));
    expect(text(registry.get(FLASH))).toBe('We keep logs for 30 days.');
    expect(registry.get(FLASH)?.priority).toBeGreaterThan(0);
    vi.advanceTimersByTime(1599);
    expect(registry.has(FLASH)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(registry.has(FLASH)).toBe(false);
  });

  it("marks one sentence of a paragraph, through the paragraph's own pieces, and unmarks it", () => {
    const { registry, painter, page, results } = setUp();
    const collect = results[0];
    if (!collect) throw new Error('no paragraph');
    const at = collect.text.indexOf('your email');
    painter.emphasise(slicesFor(page, piecesWithin(collect.pieces, at, at + 'your email.'.length)));
    expect(text(registry.get(KEY))).toBe('your email|.');
    expect(registry.get(KEY)?.priority).toBeGreaterThan(0);
    painter.emphasise([]);
    expect(registry.has(KEY)).toBe(false);
  });

  it('clear() unregisters everything it registered, flash and key sentence included', () => {
    const { registry, painter, page, results } = setUp();
    registry.set('someone-else', new FakeHighlight());
    painter.setVisible('Third Party Sharing/Collection', true);
    painter.emphasise(slicesFor(page, results[1]?.pieces ?? []));
    painter.flash(slicesFor(page, results[0]?.pieces ?? []));
    painter.clear();
    expect([...registry.keys()]).toEqual(['someone-else']);
  });
});

describe('low-confidence paragraphs', () => {
  beforeEach(() => {
    vi.stubGlobal('Highlight', FakeHighlight);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** The set-up's three paragraphs, the sharing one at `sharing` confidence. */
  function painted(sharing: number) {
    const { registry, painter, results, page } = setUp();
    painter.clear();
    const unsure = results.map((r) =>
      r.categories[0] === 'Third Party Sharing/Collection'
        ? { ...r, scores: { ...r.scores, [r.categories[0]]: sharing } }
        : r,
    );
    painter.paint(unsure.map((r) => ({ result: r, slices: slicesFor(page, r.pieces) })));
    return { registry, painter };
  }

  it.each([
    [0.25, 'We share data with partners.'],
    [LOW_CONFIDENCE - 0.01, 'We share data with partners.'],
    // false positives: sure enough, not marked
    [LOW_CONFIDENCE, ''],
    [0.9, ''],
  ])('a sharing paragraph at %f confidence is marked low: %j', (score, low) => {
    const { registry, painter } = painted(score);
    for (const label of ['Third Party Sharing/Collection', 'Data Retention'] as const) painter.setVisible(label, true);
    expect(text(registry.get(LOW))).toBe(low);
    // It keeps its category's colour: the low mark comes on top of it, not instead.
    expect(text(registry.get('policy-lens-sharing'))).toBe('We share data with partners.');
  });

  it('shows the low mark only while its category is shown, and clears it', () => {
    const { registry, painter } = painted(0.2);
    painter.setVisible('Third Party Sharing/Collection', true);
    expect(registry.has(LOW)).toBe(true);
    painter.setVisible('Third Party Sharing/Collection', false);
    expect(registry.has(LOW)).toBe(false);
    painter.setVisible('Third Party Sharing/Collection', true);
    painter.clear();
    expect(registry.has(LOW)).toBe(false);
  });

  it.each([
    [{ categories: ['Data Retention'] as OppCategory[] }, 0.3, true],
    [{ categories: ['Data Retention'] as OppCategory[] }, 0.6, false],
    [{ categories: [] as OppCategory[] }, 0, false], // unlabelled: not painted, so not "low"
    [{ categories: ['Data Retention'] as OppCategory[], policyText: false }, 0.1, false],
  ])('isLowConfidence(%j at %f) → %s', (spec, score, expected) => {
    const p = paragraph(0, spec);
    if (spec.categories[0]) p.scores[spec.categories[0]] = score;
    expect(isLowConfidence(p)).toBe(expected);
  });
});

describe('piecesWithin', () => {
  // A paragraph made of a list's items: "alpha beta" (block 3, from 2), "gamma" (block 4), joined by "\n".
  const pieces = [
    { block: 3, start: 2, end: 12 },
    { block: 4, start: 0, end: 5 },
  ];

  it.each([
    [0, 5, [{ block: 3, start: 2, end: 7 }]],
    [6, 10, [{ block: 3, start: 8, end: 12 }]],
    [11, 16, [{ block: 4, start: 0, end: 5 }]],
    [
      6,
      16,
      [
        { block: 3, start: 8, end: 12 },
        { block: 4, start: 0, end: 5 },
      ],
    ],
    [10, 11, []],
    [0, 0, []],
  ])('[%i, %i) of the paragraph text → %j', (start, end, expected) => {
    expect(piecesWithin(pieces, start, end)).toEqual(expected);
  });
});
