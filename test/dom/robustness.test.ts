/**
 * Robustness of the content script's work on the DOM, where a real browser adds nothing: sliced extraction reads
 * exactly what one pass reads, stops when told; painting survives the page changing underneath it; a prepared
 * annotation shows nothing until drawn and leaves nothing behind when cleared. (The same in real browsers:
 * test/e2e/robustness.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotation, PAINTED } from '../../content/annotate.ts';
import { extractBlocks, extractBlocksSliced } from '../../content/extract-blocks.ts';
import { slicesFor } from '../../content/highlight.ts';
import { TOOLTIP_SELECTOR } from '../../content/tooltip.ts';
import type { OppCategory } from '../../src/classify/labels.ts';
import { toParagraphs } from '../../src/segment/paragraphs.ts';
import type { ParagraphResult, Report } from '../../src/types.ts';
import { paragraph } from '../unit/score/paragraph.ts';
import { documentOf, expectRunsMapBack } from './dom.ts';
import { opp115Sentences, randomPage, TreeBuilder } from './random-dom.ts';

const SENTENCES = opp115Sentences(1500);
const now = () => Promise.resolve();

class FakeRange {
  node: Text | null = null;
  start = 0;
  end = 0;
  setStart(node: Text, offset: number) {
    this.node = node;
    this.start = offset;
  }
  setEnd(node: Text, offset: number) {
    if (offset > node.data.length) throw new RangeError('IndexSizeError');
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

const CATEGORIES: OppCategory[] = ['First Party Collection/Use', 'Third Party Sharing/Collection', 'Data Retention'];

/** A document with CSS.highlights, performance marks and ranges stood in for, and a report labelling every paragraph. */
function annotated(body: string) {
  const doc = documentOf(body);
  const registry = new Map<string, FakeHighlight>();
  const marks: string[] = [];
  // linkedom's window is the global object: stand-ins go on both.
  Object.assign(doc.defaultView as object, { CSS: { highlights: registry } });
  vi.spyOn(performance, 'mark').mockImplementation((name: string) => {
    marks.push(name);
    return undefined as unknown as PerformanceMark;
  });
  doc.createRange = () => new FakeRange() as unknown as Range;
  const page = extractBlocks(doc.body);
  const paragraphs = toParagraphs(page.blocks).map(
    (p, i): ParagraphResult => ({
      ...paragraph(p.id, { text: p.text, categories: [CATEGORIES[i % 3] as OppCategory] }),
      ...p,
    }),
  );
  const report = { paragraphs } as unknown as Report;
  return { doc, registry, marks, page, annotation: new Annotation(doc, page, report) };
}

const texts = (registry: Map<string, FakeHighlight>) =>
  Object.fromEntries(
    [...registry].map(([name, h]) => [
      name,
      [...h]
        .map((r) => r.toString())
        .sort()
        .join('|'),
    ]),
  );

const POLICY = Array.from({ length: 40 }, (_, i) => `<p>${SENTENCES[i]} ${SENTENCES[i + 40]}</p>`).join('');

describe('sliced extraction', () => {
  it.each([3, 17, 1001])('seed %i: reads exactly what a single pass reads, in many slices', async (seed) => {
    const doc = randomPage(seed, SENTENCES);
    for (let i = 1; i <= 4; i++) new TreeBuilder(doc, seed + i, SENTENCES).fill(doc.body, 0);
    let pauses = 0;
    const sliced = await extractBlocksSliced(doc.body, {
      sliceMs: -1,
      pause: () => {
        pauses++;
        return now();
      },
    });
    const whole = extractBlocks(doc.body);
    expect(pauses).toBeGreaterThan(0);
    expect(sliced?.blocks).toEqual(whole.blocks);
    expectRunsMapBack(sliced ?? whole);
  });

  it('stops, returning nothing, once aborted', async () => {
    const controller = new AbortController();
    const page = await extractBlocksSliced(randomPage(5, SENTENCES).body, {
      sliceMs: -1,
      signal: controller.signal,
      pause: () => {
        controller.abort();
        return now();
      },
    });
    expect(page).toBeNull();
  });

  it('reads 5,000 levels of nesting and a 500 KB text node', () => {
    const doc = documentOf('');
    let at: Element = doc.body;
    for (let i = 0; i < 5000; i++) at = at.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    at.appendChild(doc.createTextNode(SENTENCES.join(' ').padEnd(500_000, ' We keep logs.').slice(0, 500_000)));
    const page = extractBlocks(doc.body);
    expect(page.blocks).toHaveLength(1);
    expect(page.blocks[0]?.text.length).toBeGreaterThan(400_000);
    expectRunsMapBack(page);
  });
});

describe('painting while the page changes', () => {
  beforeEach(() => vi.stubGlobal('Highlight', FakeHighlight));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('leaves out text the page removed or shortened since it was read, and throws nothing', () => {
    const { doc, page, annotation, registry } = annotated(POLICY);
    const ps = [...doc.querySelectorAll('p')];
    for (const p of ps.slice(0, 10)) p.remove();
    const shortened = (ps[10] as HTMLElement).firstChild as Text;
    shortened.data = shortened.data.slice(0, 5);
    expect(() => annotation.draw()).not.toThrow();
    const ranges = [...registry.values()].flatMap((h) => [...h]);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((r) => r.node?.isConnected && r.end <= (r.node?.data.length ?? 0))).toBe(true);
    expect(slicesFor(page, [{ block: 0, start: 0, end: 10 }])).toEqual([]);
  });

  it('prepares in slices without showing anything, then draws the same highlights as one pass', async () => {
    const one = annotated(POLICY);
    one.annotation.draw();
    const sliced = annotated(POLICY);
    await sliced.annotation.prepare(new AbortController().signal, () => {
      expect(sliced.registry.size).toBe(0);
      return now();
    });
    expect(sliced.registry.size).toBe(0);
    sliced.annotation.draw();
    expect(texts(sliced.registry)).toEqual(texts(one.registry));
    expect(sliced.marks).toEqual([PAINTED]);
  });

  it('an aborted preparation shows nothing; clear() takes away highlights and tooltip', async () => {
    const { doc, annotation, registry } = annotated(POLICY);
    const controller = new AbortController();
    controller.abort();
    await annotation.prepare(controller.signal, now);
    expect(registry.size).toBe(0);
    annotation.draw();
    expect(registry.size).toBeGreaterThan(0);
    annotation.clear();
    expect(registry.size).toBe(0);
    expect(doc.querySelector(TOOLTIP_SELECTOR)).toBeNull();
  });
});
