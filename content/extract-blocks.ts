/**
 * DOM → blocks of text, remembering for every character where it came from. Works on any DOM implementation (the
 * browser, linkedom in the CLI and tests): layout-dependent checks come in through `isHidden`.
 *
 * Whitespace runs collapse to one space, so the map is kept as runs: `length` characters of block text starting at
 * `start` are `length` consecutive characters of `node` starting at `offset`.
 */
import type { Block } from '../src/types.ts';
import { isOurElement } from './guard.ts';

export interface TextRun {
  start: number;
  node: Text;
  offset: number;
  length: number;
}

export interface ExtractedPage {
  blocks: Block[];
  runs: TextRun[][];
  /** Characters read, and whether reading stopped at the limit. */
  characters: number;
  truncated: boolean;
}

export interface ExtractOptions {
  /** Whether an element is hidden from the reader; checked once per element, its subtree skipped. */
  isHidden?: (element: Element) => boolean;
  maxCharacters?: number;
}

const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT EMBED VIDEO AUDIO NAV ASIDE FORM BUTTON SELECT TEXTAREA INPUT TITLE META LINK DIALOG'.split(
    ' ',
  ),
);
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'menu',
  'menubar',
  'search',
  'dialog',
  'alertdialog',
]);
const BLOCKS = new Set(
  'ADDRESS ARTICLE BLOCKQUOTE BODY CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE H1 H2 H3 H4 H5 H6 HR LI MAIN OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL HEADER FOOTER BR'.split(
    ' ',
  ),
);
const HEADING = /^H([1-6])$/;
const DEFAULT_LIMIT = 3_000_000;

/**
 * Hidden by markup alone (no layout needed): `hidden`, `aria-hidden`, inline `display:none`. Not
 * `hidden="until-found"`: like a closed <details>, that is collapsed policy text the reader can open.
 */
export function hiddenByMarkup(el: Element): boolean {
  return (
    (el.hasAttribute('hidden') && el.getAttribute('hidden') !== 'until-found') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
  );
}

/** Page chrome: navigation, banners, site header and footer (a header inside an article is content). */
function isChrome(el: Element): boolean {
  if (SKIP.has(el.tagName)) return true;
  if (isOurElement(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.tagName === 'HEADER' || el.tagName === 'FOOTER') return !el.closest('article, main, section');
  return false;
}

export function extractBlocks(root: Element, options: ExtractOptions = {}): ExtractedPage {
  const walk = new Walk(root, options);
  walk.step(Number.POSITIVE_INFINITY);
  return walk.result();
}

/**
 * The same, a slice at a time: reads for `sliceMs`, then lets the page run (`pause`) before going on, so a huge
 * page never blocks the main thread for long. Stops, returning null, when `signal` aborts. Text nodes the page
 * changes meanwhile may leave stale runs: painting checks every run against its node again.
 */
export async function extractBlocksSliced(
  root: Element,
  { signal, sliceMs = 8, pause = yieldToPage, ...options }: SliceOptions & ExtractOptions = {},
): Promise<ExtractedPage | null> {
  const walk = new Walk(root, options);
  while (!walk.step(performance.now() + sliceMs)) {
    await pause();
    if (signal?.aborted) return null;
  }
  return walk.result();
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** Milliseconds of work before the next pause. */
  sliceMs?: number;
  pause?: () => Promise<void>;
}

type Scheduler = { yield?: () => Promise<void> };

/**
 * Gives the page's own tasks (input, rendering) a turn. `scheduler.yield` where there is one; otherwise a message to
 * ourselves, which, unlike setTimeout, background tabs do not throttle to once a second.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}

/** One walk over the tree with an explicit stack (policies nest deep enough in the wild to overflow recursion). */
class Walk {
  private readonly reader: BlockReader;
  private readonly isHidden: (el: Element) => boolean;
  private readonly stack: { node: Node; leaving: boolean }[];

  constructor(root: Element, options: ExtractOptions) {
    this.reader = new BlockReader(options.maxCharacters ?? DEFAULT_LIMIT);
    this.isHidden = options.isHidden ?? hiddenByMarkup;
    this.stack = [{ node: root, leaving: false }];
  }

  /** Walks until `deadline` (a performance.now() time); true when the whole tree is read. */
  step(deadline: number): boolean {
    const reader = this.reader;
    const stack = this.stack;
    for (let n = 0; stack.length && !reader.full; n++) {
      if ((n & 63) === 63 && performance.now() >= deadline) return false;
      const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
      if (node.nodeType === 3) {
        reader.text(node as Text);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (leaving) {
        reader.leave(el);
        continue;
      }
      if (isChrome(el) || this.isHidden(el)) continue;
      reader.enter(el);
      stack.push({ node: el, leaving: true });
      const children = el.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node, leaving: false });
    }
    return true;
  }

  result(): ExtractedPage {
    const reader = this.reader;
    reader.flush();
    return { blocks: reader.blocks, runs: reader.runs, characters: reader.characters, truncated: reader.full };
  }
}

class BlockReader {
  blocks: Block[] = [];
  runs: TextRun[][] = [];
  characters = 0;
  full = false;
  private text_ = '';
  private runs_: TextRun[] = [];
  private headings: { level: number; text: string }[] = [];
  private containers: { el: Element; kind: Block['kind']; level: number }[] = [];
  private endsInSpace = false;

  constructor(private readonly limit: number) {}

  enter(el: Element): void {
    if (!BLOCKS.has(el.tagName)) return;
    this.flush();
    const kind = containerKind(el);
    // A <p> inside an <li>, <td> or <h2> is still that item, cell or heading.
    if (kind) this.containers.push({ el, kind, level: Number(HEADING.exec(el.tagName)?.[1] ?? 0) });
  }

  leave(el: Element): void {
    if (!BLOCKS.has(el.tagName)) return;
    this.flush();
    if (this.containers.at(-1)?.el === el) this.containers.pop();
  }

  text(node: Text): void {
    const data = node.data;
    const pattern = /\s+|\S+/g;
    for (let m = pattern.exec(data); m; m = pattern.exec(data)) {
      const isSpace = /\s/.test(m[0][0] ?? '');
      if (isSpace && (this.text_ === '' || this.endsInSpace)) continue;
      this.endsInSpace = isSpace;
      this.append(node, m.index, isSpace ? ' ' : m[0]);
    }
  }

  private append(node: Text, offset: number, chunk: string): void {
    const last = this.runs_.at(-1);
    if (last && last.node === node && last.offset + last.length === offset) last.length += chunk.length;
    else this.runs_.push({ start: this.text_.length, node, offset, length: chunk.length });
    this.text_ += chunk;
    this.characters += chunk.length;
    if (this.characters >= this.limit) this.full = true;
  }

  flush(): void {
    const text = this.text_.trimEnd();
    if (text) {
      const runs = clip(this.runs_, text.length);
      const container = this.containers.at(-1);
      let kind = container?.kind ?? 'paragraph';
      if (kind === 'paragraph' && looksLikeBoldHeading(text, runs)) kind = 'heading';
      if (kind === 'heading') {
        const level = container?.level || 7;
        while (this.headings.length && (this.headings.at(-1)?.level ?? 0) >= level) this.headings.pop();
        this.push(text, kind, runs);
        this.headings.push({ level, text });
      } else {
        this.push(text, kind, runs);
      }
    }
    this.text_ = '';
    this.endsInSpace = false;
    this.runs_ = [];
  }

  private push(text: string, kind: Block['kind'], runs: TextRun[]): void {
    this.blocks.push({ text, headings: this.headings.map((h) => h.text), kind });
    this.runs.push(runs);
  }
}

function containerKind(el: Element): Block['kind'] | null {
  if (HEADING.test(el.tagName)) return 'heading';
  if (el.tagName === 'LI') return 'list-item';
  if (el.tagName === 'TD' || el.tagName === 'TH') return 'cell';
  return null;
}

/** Drops the trailing space that trimEnd removed from the text. */
function clip(runs: TextRun[], length: number): TextRun[] {
  const last = runs.at(-1);
  if (last && last.start + last.length > length) last.length = length - last.start;
  return runs.filter((r) => r.length > 0);
}

/** `<p><strong>Sharing your information</strong></p>`: a title in all but tag. */
function looksLikeBoldHeading(text: string, runs: readonly TextRun[]): boolean {
  if (text.length > 90 || /[.,;:]$/.test(text) || runs.length === 0) return false;
  return runs.every(
    (r) =>
      !r.node.data.slice(r.offset, r.offset + r.length).trim() || r.node.parentElement?.closest('b, strong') != null,
  );
}
