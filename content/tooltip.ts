/**
 * The hover tooltip: one host element with a closed shadow root and its own reset, so neither the page's CSS nor its
 * scripts can reach in — a page cannot rewrite what the tooltip says — and ours cannot leak out. The host is a plain
 * <div> (a page can define a custom element's name before we use it, never a built-in's), known as ours by
 * identity (guard.ts). Page text only ever goes in through `textContent`. It is placed clear of the paragraph it
 * explains (tooltip-place.ts).
 */
import { LABEL_INFO } from '../src/classify/labels.ts';
import { confidence, findings, labelsOf, questionsAnswered } from '../src/explain.ts';
import type { ParagraphResult, Report } from '../src/types.ts';
import { isLowConfidence } from './confidence.ts';
import { ours } from './guard.ts';
import css from './tooltip.css?inline';
import { type Box, placeTooltip } from './tooltip-place.ts';

/** The host's marker, for finding it from outside (tests, the page's own tools); it proves nothing. */
export const TOOLTIP_ATTRIBUTE = 'data-policy-lens';
export const TOOLTIP_SELECTOR = `[${TOOLTIP_ATTRIBUTE}="tooltip"]`;

export interface Tooltip {
  /**
   * `keyMarked`: the sentence carrying the label is underlined on the page, and the tooltip says so.
   * `lines`: the paragraph's line boxes (client rects), which the tooltip keeps clear of; asked for only when the
   * tooltip is placed, once per paragraph, not on every pointer move.
   */
  show(
    paragraph: ParagraphResult,
    report: Report,
    x: number,
    y: number,
    keyMarked?: boolean,
    lines?: () => readonly Box[],
  ): void;
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

/** "Confidence 82%", or for a paragraph the model is unsure of, that and why it is drawn dashed. */
function confidenceLine(doc: Document, p: ParagraphResult, name: string): HTMLElement {
  if (!isLowConfidence(p)) return el(doc, 'div', 'meta', `Confidence ${confidence(p)}%`);
  const line = el(doc, 'div', 'meta low', `Confidence ${confidence(p)}% — low: `);
  line.append(`the model is unsure this is about ${name.toLowerCase()}, so it is underlined dashed. Read it yourself.`);
  return line;
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
  box.append(confidenceLine(doc, p, info.name));
}

/** The host's own style, inline: the page's style sheets reach it only with !important, and then only its box. */
function hostStyle(host: HTMLElement, shown: boolean, left = 0, top = 0): void {
  host.style.cssText = `all: initial; position: fixed; z-index: 2147483647; pointer-events: none; left: ${left}px; top: ${top}px; display: ${shown ? 'block' : 'none'};`;
}

export function createTooltip(doc: Document): Tooltip {
  const host = ours(doc.createElement('div'));
  host.setAttribute(TOOLTIP_ATTRIBUTE, 'tooltip');
  hostStyle(host, false);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const box = el(doc, 'div', 'tip');
  box.setAttribute('role', 'tooltip');
  shadow.append(style, box);
  let shownFor = -1;
  return {
    show(p, report, x, y, keyMarked = false, lines = () => []) {
      if (!host.isConnected) doc.documentElement.append(host);
      // Placed once per paragraph: a tooltip that chased the pointer would cross the text it explains.
      if (shownFor === p.id) return;
      renderTooltip(box, p, report, keyMarked);
      shownFor = p.id;
      hostStyle(host, true);
      const rect = box.getBoundingClientRect();
      const view = { width: doc.defaultView?.innerWidth ?? 1024, height: doc.defaultView?.innerHeight ?? 768 };
      const at = placeTooltip({ width: rect.width, height: rect.height }, lines(), { x, y }, view);
      hostStyle(host, true, Math.round(at.left), Math.round(at.top));
    },
    hide() {
      hostStyle(host, false);
      shownFor = -1;
    },
    remove() {
      host.remove();
    },
  };
}
