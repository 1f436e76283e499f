import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOurs } from '../../content/guard.ts';
import { createTooltip, renderTooltip, TOOLTIP_SELECTOR } from '../../content/tooltip.ts';
import { LABEL_INFO } from '../../src/classify/labels.ts';
import { scorecard } from '../../src/score/scorecard.ts';
import type { ParagraphResult, Report } from '../../src/types.ts';
import { paragraph, type Spec } from '../unit/score/paragraph.ts';
import { documentOf } from './dom.ts';

function reportOf(paragraphs: ParagraphResult[]): Report {
  const counts = Object.fromEntries(Object.keys(LABEL_INFO).map((l) => [l, 0])) as Report['counts'];
  return {
    engine: 'test',
    model: 'test',
    language: { code: 'en', supported: true },
    paragraphs,
    counts,
    scorecard: scorecard(paragraphs),
  };
}

function render(spec: Spec) {
  const doc = documentOf('');
  const p = paragraph(0, spec);
  const box = doc.createElement('div');
  doc.body.append(box);
  renderTooltip(box, p, reportOf([p]));
  return { box, doc };
}

describe('renderTooltip', () => {
  it.each<[string, Spec, string[], string[]]>([
    [
      'a denial of selling',
      {
        text: 'We do not sell your personal data.',
        categories: ['Third Party Sharing/Collection'],
        flags: { sells: 'does_not', negated: true },
      },
      ['Third-party sharing', 'does NOT sell', 'Answers: Does it sell your data? No'],
      ['may sell', 'NOT done here'],
    ],
    [
      'selling',
      {
        text: 'We may sell your personal data.',
        categories: ['Third Party Sharing/Collection'],
        flags: { sells: 'does' },
      },
      ['Says it may sell your data', 'Does it sell your data? Yes (may)'],
      ['does NOT sell'],
    ],
    [
      'a retention period',
      {
        text: 'We delete your data after 30 days.',
        categories: ['Data Retention'],
        flags: { retention: 'stated', retentionPeriod: '30 days' },
      },
      ['Data retention', 'Keeps data for a stated period: 30 days', 'How long is your data kept? Yes'],
      ['does NOT sell'],
    ],
    [
      'a negated practice',
      { categories: ['User Choice/Control'], flags: { negated: true } },
      ['Your choices', 'NOT done here'],
      [],
    ],
    [
      'a hedged denial',
      {
        categories: ['Third Party Sharing/Collection'],
        text: 'We do not share your data except with our service providers.',
        flags: { negated: true },
      },
      ['NOT done, except in the cases it lists', 'Does it share your data with third parties? No, with exceptions'],
      ['NOT done here'],
    ],
    [
      'advertising first, its category as "also"',
      { categories: ['First Party Collection/Use'], advertising: true },
      ['Advertising', 'Also: Data collection'],
      [],
    ],
  ])('%s', (_name, spec, present, absent) => {
    const { box } = render(spec);
    const text = box.textContent ?? '';
    for (const s of present) expect(text).toContain(s);
    for (const s of absent) expect(text).not.toContain(s);
    expect(text).toMatch(/Confidence \d+%/);
  });

  it("shows the main label's confidence", () => {
    const { box } = render({ categories: ['Data Security'] });
    expect(box.querySelector('.meta')?.textContent).toBe('Confidence 90%');
    expect(box.querySelector('.name')?.textContent).toBe('Security');
  });

  it('says the underlined sentence carries the label only when the page marks one', () => {
    const doc = documentOf('');
    const box = doc.createElement('div');
    const p = paragraph(0, { categories: ['Data Security'] });
    renderTooltip(box, p, reportOf([p]), true);
    expect(box.querySelector('.key')?.textContent).toBe('The underlined sentence is the one that says it.');
    renderTooltip(box, p, reportOf([p]));
    expect(box.querySelector('.key')).toBeNull();
  });

  it('renders nothing for a paragraph without labels, and replaces earlier content', () => {
    const { box, doc } = render({ categories: ['Data Security'] });
    renderTooltip(box, paragraph(1, { categories: [] }), reportOf([]));
    expect(box.childNodes.length).toBe(0);
    expect(doc.body.textContent).toBe('');
  });

  it.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['"><svg onload=alert(1)>'],
  ])('keeps page text %j as text, never markup', (evil) => {
    const doc = documentOf('');
    const text = `We do not sell your data. ${evil}`;
    const p = paragraph(0, {
      text,
      categories: ['Third Party Sharing/Collection'],
      flags: { sells: 'does_not', retentionPeriod: evil, retention: 'stated' },
    });
    p.heading = evil;
    const box = doc.createElement('div');
    doc.body.append(box);
    renderTooltip(box, p, reportOf([p]));
    expect(box.querySelector('script, img, svg')).toBeNull();
    expect(box.textContent).toContain(evil);
  });
});

/** Opens the closed shadow root the tooltip attaches, as only its creator can: by catching attachShadow's result. */
function catchShadow(doc: Document): { root: ShadowRoot | null } {
  const caught: { root: ShadowRoot | null } = { root: null };
  const proto = Object.getPrototypeOf(doc.createElement('div')) as HTMLElement;
  const attach = proto.attachShadow;
  vi.spyOn(proto, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    caught.root = attach.call(this, init);
    return caught.root;
  });
  return caught;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createTooltip', () => {
  it('lives in a closed shadow root on one host of ours, shows, hides and removes itself', () => {
    const doc = documentOf('<p>Page.</p>');
    const before = doc.body.innerHTML;
    const caught = catchShadow(doc);
    const tooltip = createTooltip(doc);
    const p = paragraph(0, { categories: ['Data Security'] });
    tooltip.show(p, reportOf([p]), 10, 10);
    const hosts = doc.querySelectorAll(TOOLTIP_SELECTOR);
    expect(hosts).toHaveLength(1);
    const host = hosts[0] as HTMLElement;
    expect(host.tagName).toBe('DIV'); // a built-in: no page-defined custom element can take it over
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(isOurs(host)).toBe(true);
    expect(caught.root?.querySelector('.tip')?.textContent).toContain('Security');
    expect(host.style.display).toBe('block');
    expect(doc.body.innerHTML).toBe(before);
    tooltip.hide();
    expect(host.style.display).toBe('none');
    tooltip.remove();
    expect(doc.querySelector(TOOLTIP_SELECTOR)).toBeNull();
  });

  it("is not ours just for looking like it: a page element with our marker is the page's", () => {
    const doc = documentOf('<div data-policy-lens="tooltip">Page text</div>');
    expect(isOurs(doc.querySelector(TOOLTIP_SELECTOR))).toBe(false);
  });
});

describe('tooltip styles', () => {
  // Vitest replaces CSS it is not told to process (`test.css.include`) with '' — `?inline` imports included — so
  // this fails until vitest.config.ts includes content/tooltip.css; the built extension is unaffected.
  it('puts content/tooltip.css, as a string, into the shadow root', () => {
    const doc = documentOf('');
    const caught = catchShadow(doc);
    const tooltip = createTooltip(doc);
    const p = paragraph(0, { categories: ['Data Security'] });
    tooltip.show(p, reportOf([p]), 0, 0);
    const style = caught.root?.querySelector('style');
    expect(style?.textContent).toBe(readFileSync(new URL('../../content/tooltip.css', import.meta.url), 'utf8'));
  });
});
