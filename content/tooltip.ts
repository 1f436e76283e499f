/**
 * The hover tooltip: one host element in an open shadow root, with its own reset, so neither the page's CSS nor
 * its scripts' styling can reach in and ours cannot leak out. Page text only ever goes in through `textContent`.
 */
import { LABEL_INFO } from '../src/classify/labels.ts';
import { confidence, findings, labelsOf, questionsAnswered } from '../src/explain.ts';
import type { ParagraphResult, Report } from '../src/types.ts';
import css from './tooltip.css?inline';

export const TOOLTIP_TAG = 'policy-lens-tooltip';

export interface Tooltip {
  /** `keyMarked`: the sentence carrying the label is underlined on the page, and the tooltip says so. */
  show(paragraph: ParagraphResult, report: Report, x: number, y: number, keyMarked?: boolean): void;
  hide(): void;
  remove(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = cls;
  node.textContent = text;
  return node;
}

/** Fills the tooltip body for a paragraph; kept apart from positioning so DOM tests can check the words. */
export function renderTooltip(box: HTMLElement, p: ParagraphResult, report: Report, keyMarked = false): void {
  const doc = box.ownerDocument;
  const [primary, ...others] = labelsOf(p);
  box.replaceChildren();
  if (!primary) return;
  const info = LABEL_INFO[primary];
  const head = el(doc, 'div', 'head');
  const swatch = el(doc, 'span', 'swatch');
  swatch.style.background = info.colour;
  head.append(swatch, el(doc, 'span', 'name', info.name));
  box.append(head);
  if (others.length) box.append(el(doc, 'div', 'also', `Also: ${others.map((l) => LABEL_INFO[l].name).join(', ')}`));
  box.append(el(doc, 'p', 'meaning', info.meaning));
  const said = findings(p);
  if (said.length) {
    const list = el(doc, 'ul', 'findings');
    for (const f of said) list.append(el(doc, 'li', '', f));
    box.append(list);
  }
  const questions = questionsAnswered(report, p.id);
  if (questions.length) box.append(el(doc, 'div', 'answers', `Answers: ${questions.join(' · ')}`));
  if (keyMarked) box.append(el(doc, 'div', 'key', 'The underlined sentence is the one that says it.'));
  box.append(el(doc, 'div', 'meta', `Confidence ${confidence(p)}%`));
}

export function createTooltip(doc: Document): Tooltip {
  const host = doc.createElement(TOOLTIP_TAG);
  host.style.setProperty('all', 'initial');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const box = el(doc, 'div', 'tip');
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  shadow.append(style, box);
  let shownFor = -1;
  return {
    show(p, report, x, y, keyMarked = false) {
      if (!host.isConnected) doc.documentElement.append(host);
      if (shownFor !== p.id) renderTooltip(box, p, report, keyMarked);
      shownFor = p.id;
      box.hidden = false;
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      const height = view?.innerHeight ?? 768;
      const rect = box.getBoundingClientRect();
      box.style.left = `${Math.max(8, Math.min(x + 14, width - rect.width - 8))}px`;
      box.style.top = `${y + 18 + rect.height > height ? Math.max(8, y - rect.height - 12) : y + 18}px`;
    },
    hide() {
      box.hidden = true;
      shownFor = -1;
    },
    remove() {
      host.remove();
    },
  };
}
