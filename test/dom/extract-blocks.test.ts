import { describe, expect, it } from 'vitest';
import { extractBlocks, hiddenByMarkup } from '../../content/extract-blocks.ts';
import { ours } from '../../content/guard.ts';
import type { Block } from '../../src/types.ts';
import { documentOf, expectRunsMapBack, must } from './dom.ts';

function extract(html: string, options?: Parameters<typeof extractBlocks>[1]) {
  const doc = documentOf(html);
  const page = extractBlocks(doc.body, options);
  expectRunsMapBack(page);
  return page;
}
const brief = (blocks: Block[]) => blocks.map((b) => [b.kind, b.text, b.headings]);
const texts = (html: string) => extract(html).blocks.map((b) => b.text);

describe('hiddenByMarkup', () => {
  it.each([
    ['<p hidden>x</p>', true],
    ['<p aria-hidden="true">x</p>', true],
    ['<p style="display:none">x</p>', true],
    ['<p style="color: red; DISPLAY : none">x</p>', true],
    ['<p style="visibility: hidden">x</p>', true],
    // false positives
    ['<p aria-hidden="false">x</p>', false],
    ['<p style="display: block">x</p>', false],
    ['<p class="hidden">x</p>', false],
    ['<p title="display:none">x</p>', false],
    ['<p>x</p>', false],
  ])('%s → %s', (html, expected) => {
    const el = documentOf(html).querySelector('p');
    expect(el && hiddenByMarkup(el)).toBe(expected);
  });
});

describe('extractBlocks: what is read', () => {
  it.each([
    ['<nav><p>Home</p></nav><p>Policy text.</p>', ['Policy text.']],
    ['<header><p>Site name</p></header><p>Policy text.</p><footer><p>© 2026</p></footer>', ['Policy text.']],
    [
      '<script>var x = "We sell data";</script><style>p{}</style><noscript>Enable JS</noscript><p>Policy text.</p>',
      ['Policy text.'],
    ],
    [
      '<p hidden>Old text.</p><div aria-hidden="true"><p>Icon</p></div><p style="display:none">Gone.</p><p>Policy text.</p>',
      ['Policy text.'],
    ],
    [
      '<div role="navigation">Menu</div><div role="banner">Banner</div><div role="dialog">Accept cookies</div><p>Policy text.</p>',
      ['Policy text.'],
    ],
    ['<form><label>Email</label><input value="x"></form><button>Send</button><p>Policy text.</p>', ['Policy text.']],
    ['<aside>Related</aside><template><p>tpl</p></template><p>Policy text.</p>', ['Policy text.']],
    // A page's own elements named like ours are the page's: their text is read (issue #13.6; ours are known by
    // identity, guard.ts, tested below).
    [
      '<policy-lens-tooltip><p>Page tooltip</p></policy-lens-tooltip><p>Policy <policy-lens-mark>text.</policy-lens-mark></p>',
      ['Page tooltip', 'Policy text.'],
    ],
    ['<p>Policy <!-- a comment --> text.</p>', ['Policy text.']],
    // false positives: content that must stay
    [
      '<article><header><h1>Privacy Policy</h1></header><p>Text.</p><footer><p>Last updated 2026.</p></footer></article>',
      ['Privacy Policy', 'Text.', 'Last updated 2026.'],
    ],
    ['<main><header>Intro header</header></main>', ['Intro header']],
    ['<section><footer>Section footer</footer></section>', ['Section footer']],
    ['<p class="hidden">Styled by class, visible to markup.</p>', ['Styled by class, visible to markup.']],
  ])('%s → %j', (html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('skips the elements Policy Lens added, known by identity', () => {
    const doc = documentOf('<p>Policy text.</p>');
    const added = ours(doc.createElement('div'));
    added.textContent = 'Our tooltip text.';
    doc.body.append(added);
    expect(extractBlocks(doc.body).blocks.map((b) => b.text)).toEqual(['Policy text.']);
  });

  it('uses the given isHidden instead of markup, once per element, skipping the subtree', () => {
    const seen: string[] = [];
    const page = extract('<div class="a"><p>One.</p></div><div class="b"><p>Two.</p><p hidden>Three.</p></div>', {
      isHidden: (el) => {
        seen.push(el.tagName);
        return el.className === 'a';
      },
    });
    expect(page.blocks.map((b) => b.text)).toEqual(['Two.', 'Three.']);
    expect(seen.filter((t) => t === 'P')).toHaveLength(2);
  });

  it('stops at the character limit and says so', () => {
    const html = Array.from({ length: 50 }, (_, i) => `<p>Paragraph number ${i} of the policy.</p>`).join('');
    const page = extract(html, { maxCharacters: 200 });
    expect(page.truncated).toBe(true);
    expect(page.blocks.length).toBeLessThan(10);
    expect(page.characters).toBeGreaterThanOrEqual(200);
    const full = extract(html);
    expect(full.truncated).toBe(false);
    expect(full.blocks).toHaveLength(50);
  });

  it('reads a deeply nested page without overflowing the stack', () => {
    const depth = 20_000;
    const html = `${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}`;
    expect(texts(html)).toEqual(['Deep text.']);
  });
});

describe('extractBlocks: block kinds and heading context', () => {
  it('keeps a stack of h1 > h2 > h3 and pops it on a same or higher level', () => {
    const page = extract(
      '<h1>Privacy</h1><p>Intro.</p><h2>Sharing</h2><h3>Partners</h3><p>Ad partners.</p><h2>Retention</h2><p>Kept.</p><h1>Cookies</h1><p>Crumbs.</p>',
    );
    expect(brief(page.blocks)).toEqual([
      ['heading', 'Privacy', []],
      ['paragraph', 'Intro.', ['Privacy']],
      ['heading', 'Sharing', ['Privacy']],
      ['heading', 'Partners', ['Privacy', 'Sharing']],
      ['paragraph', 'Ad partners.', ['Privacy', 'Sharing', 'Partners']],
      ['heading', 'Retention', ['Privacy']],
      ['paragraph', 'Kept.', ['Privacy', 'Retention']],
      ['heading', 'Cookies', []],
      ['paragraph', 'Crumbs.', ['Cookies']],
    ]);
  });

  it('treats a paragraph that is only bold text as a heading below the real ones', () => {
    const page = extract(
      '<h2>Sharing</h2><p><strong>Service providers</strong></p><p>They host our site.</p><p><b>Advertisers</b></p><p>They show ads.</p><h2>Retention</h2><p>Kept.</p>',
    );
    expect(brief(page.blocks)).toEqual([
      ['heading', 'Sharing', []],
      ['heading', 'Service providers', ['Sharing']],
      ['paragraph', 'They host our site.', ['Sharing', 'Service providers']],
      ['heading', 'Advertisers', ['Sharing']],
      ['paragraph', 'They show ads.', ['Sharing', 'Advertisers']],
      ['heading', 'Retention', []],
      ['paragraph', 'Kept.', ['Retention']],
    ]);
  });

  it.each([
    ['<p><strong>Sharing your information</strong></p>', 'heading'],
    // pretty-printed markup: the whitespace around the bold text is not text
    ['<p> <strong>Cookies</strong> </p>', 'heading'],
    ['<p>\n  <strong>How we use cookies</strong>\n</p>', 'heading'],
    ['<p><b><a href="#x">Your rights</a></b></p>', 'heading'],
    ['<p><strong>Your</strong> <strong>choices</strong></p>', 'heading'],
    ['<p><b>Your choices</b>&nbsp;</p>', 'heading'],
    // false positives: bold prose, bold lead-ins, long bold text
    ['<p><strong>Note:</strong> we collect your email.</p>', 'paragraph'],
    ['<p><strong>We do not sell your data.</strong></p>', 'paragraph'],
    ['<p><strong>Information we collect:</strong></p>', 'paragraph'],
    [`<p><strong>${'Very long bold sentence without a full stop '.repeat(3)}</strong></p>`, 'paragraph'],
    ['<p><em>Emphasised title</em></p>', 'paragraph'],
  ])('%s → %s', (html, kind) => {
    expect(extract(html).blocks[0]?.kind).toBe(kind);
  });

  it.each([
    [
      '<ul><li>Your name</li><li>Your email</li></ul>',
      [
        ['list-item', 'Your name'],
        ['list-item', 'Your email'],
      ],
    ],
    ['<ol><li>First <em>step</em></li></ol>', [['list-item', 'First step']]],
    [
      '<table><tr><th>Data</th><td>Name</td><td>Email</td></tr></table>',
      [
        ['cell', 'Data'],
        ['cell', 'Name'],
        ['cell', 'Email'],
      ],
    ],
    [
      '<dl><dt>Cookie</dt><dd>A small file.</dd></dl>',
      [
        ['paragraph', 'Cookie'],
        ['paragraph', 'A small file.'],
      ],
    ],
    ['<blockquote>Quoted text.</blockquote>', [['paragraph', 'Quoted text.']]],
    // An item whose text sits in a <p> (common CMS output) is still a list item; likewise a cell.
    ['<ul><li><p>Your name</p></li></ul>', [['list-item', 'Your name']]],
    ['<table><tr><td><p>Name</p></td></tr></table>', [['cell', 'Name']]],
    ['<h2><div>Sharing</div></h2>', [['heading', 'Sharing']]],
  ])('%s → %j', (html, expected) => {
    expect(extract(html).blocks.map((b) => [b.kind, b.text])).toEqual(expected);
  });

  it.each([
    ['<div>Intro <p>Inner.</p> tail text</div>', ['Intro', 'Inner.', 'tail text']],
    ['<p>Line one<br>line two</p>', ['Line one', 'line two']],
    [
      '<p>Inline <span>spans</span> and <a href="#">links</a> stay <b>in</b> one block.</p>',
      ['Inline spans and links stay in one block.'],
    ],
    ['<div><div><div>Nested</div></div> divs</div>', ['Nested', 'divs']],
  ])('splits blocks at block elements only: %s', (html, expected) => {
    expect(texts(html)).toEqual(expected);
  });
});

describe('the run checker itself', () => {
  const fresh = () => extractBlocks(documentOf('<p>We   collect <b>email</b>  addresses.</p>').body);
  const run = (page: ReturnType<typeof fresh>, i: number) => must(page.runs[0]?.[i], `run ${i}`);
  it.each<[string, (page: ReturnType<typeof fresh>) => void]>([
    [
      'a shifted offset',
      (page) => {
        run(page, 1).offset += 1;
      },
    ],
    ['a missing run', (page) => void page.runs[0]?.splice(2, 1)],
    [
      'a run too long',
      (page) => {
        run(page, 2).length += 1;
      },
    ],
    [
      'overlapping runs',
      (page) => {
        run(page, 1).start -= 1;
      },
    ],
  ])('catches %s', (_name, corrupt) => {
    const page = fresh();
    expectRunsMapBack(page);
    corrupt(page);
    expect(() => expectRunsMapBack(page)).toThrow();
  });
});

describe('extractBlocks: whitespace', () => {
  it.each([
    ['<p>  Leading and trailing  </p>', 'Leading and trailing'],
    ['<p>Many   spaces\n\tand\n\nnewlines</p>', 'Many spaces and newlines'],
    ['<p>Across<b> </b> <i> nodes </i> here</p>', 'Across nodes here'],
    ['<p>No<b>space</b>between</p>', 'Nospacebetween'],
    ['<p>Non\u00a0breaking\u00a0 space</p>', 'Non breaking space'],
    ['<p>Ends with space <b>bold </b></p>', 'Ends with space bold'],
    ['<p>\n   <span>\n</span>  Only   this  \n</p>', 'Only this'],
  ])('%j → %j', (html, expected) => {
    const page = extract(html);
    expect(page.blocks.map((b) => b.text)).toEqual([expected]);
  });

  it('drops blocks that are only whitespace', () => {
    expect(texts('<p> </p><div>\n\t</div><p><span>  </span></p><p>Text.</p>')).toEqual(['Text.']);
  });

  it('records, for each run, the text node and offset it came from', () => {
    const doc = documentOf('<p>We   collect <b>email</b>  addresses.</p>');
    const page = extractBlocks(doc.body);
    const [first, bold, last] = Array.from(doc.querySelector('p')?.childNodes ?? []);
    expect(page.blocks[0]?.text).toBe('We collect email addresses.');
    expect(
      page.runs[0]?.map((r) => [
        r.node === first ? 'first' : r.node === last ? 'last' : r.node === bold?.firstChild ? 'bold' : '?',
        r.start,
        r.offset,
        r.length,
      ]),
    ).toEqual([
      ['first', 0, 0, 3], // "We " ("We" + first space of three)
      ['first', 3, 5, 8], // "collect "
      ['bold', 11, 0, 5], // "email"
      ['last', 16, 0, 1], // " " (first of two spaces)
      ['last', 17, 2, 10], // "addresses."
    ]);
  });
});
