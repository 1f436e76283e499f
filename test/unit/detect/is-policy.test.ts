import { describe, expect, it } from 'vitest';
import { detectPolicy, type PageSignals } from '../../../src/detect/is-policy.ts';
import { NEWS_EN, POLICY_EN, RECIPE_EN, TERMS_EN } from './samples.ts';

const page = (over: Partial<PageSignals>): PageSignals => ({
  url: 'https://example.com/',
  title: '',
  headings: [],
  text: '',
  ...over,
});
const SHORT_PRIVACY_PAGE = 'Privacy settings. Choose what we remember about you. Save. Cancel.';

describe('detectPolicy', () => {
  it.each<[string, Partial<PageSignals>, boolean]>([
    [
      'a policy at /privacy titled Privacy Policy',
      { url: 'https://example.com/privacy', title: 'Privacy Policy | Example', text: POLICY_EN },
      true,
    ],
    [
      'a policy under a neutral address and title',
      { url: 'https://example.com/legal/doc-7', title: 'Example', text: POLICY_EN },
      true,
    ],
    [
      'a policy named only by its heading',
      { url: 'https://example.com/p/3', headings: ['Example', 'Privacy Notice'], text: POLICY_EN },
      true,
    ],
    ['a cookie policy', { url: 'https://example.com/cookie-policy', title: 'Cookie Policy', text: POLICY_EN }, true],
    ['a German-law address', { url: 'https://example.de/datenschutz', title: 'Example', text: POLICY_EN }, true],
    // false positives
    [
      'terms of service',
      {
        url: 'https://example.com/terms',
        title: 'Terms of Service',
        headings: ['Terms of Service'],
        text: TERMS_EN,
      },
      false,
    ],
    [
      'terms of service with a "Privacy" section',
      {
        url: 'https://example.com/legal/terms',
        title: 'Terms of Service',
        headings: ['Terms of Service', 'Accounts', 'Privacy'],
        text: TERMS_EN,
      },
      false,
    ],
    [
      'a news article that mentions privacy once',
      {
        url: 'https://news.example.com/2026/budget',
        title: 'Council passes budget amid privacy worries',
        text: NEWS_EN,
      },
      false,
    ],
    ['a recipe', { url: 'https://example.com/recipes/lemon-cake', title: 'Lemon cake', text: RECIPE_EN }, false],
    [
      'a short privacy settings page (too little text to judge)',
      {
        url: 'https://example.com/privacy',
        title: 'Privacy settings',
        headings: ['Privacy'],
        text: SHORT_PRIVACY_PAGE,
      },
      false,
    ],
    [
      'a privacy-named page with no policy prose',
      {
        url: 'https://example.com/privacy',
        title: 'Privacy Policy',
        headings: ['Privacy Policy'],
        text: RECIPE_EN,
      },
      false,
    ],
    ['an empty page', {}, false],
  ])('%s → %s', (_name, signals, expected) => {
    const detection = detectPolicy(page(signals));
    expect(detection.isPolicy).toBe(expected);
    expect(detection.score).toBeGreaterThanOrEqual(0);
    expect(detection.score).toBeLessThanOrEqual(1);
  });

  it('scores a page with every signal higher than policy prose alone, and both at or above 0.5', () => {
    const all = detectPolicy(page({ url: 'https://example.com/privacy', title: 'Privacy Policy', text: POLICY_EN }));
    const prose = detectPolicy(page({ url: 'https://example.com/x', title: 'Example', text: POLICY_EN }));
    expect(all.score).toBeGreaterThan(prose.score);
    expect(prose.score).toBeGreaterThanOrEqual(0.5);
    expect(all.score).toBeGreaterThanOrEqual(0.9);
  });

  it('gives its reasons', () => {
    const { reasons } = detectPolicy(
      page({
        url: 'https://example.com/privacy',
        title: 'Privacy Policy',
        headings: ['Privacy Policy'],
        text: POLICY_EN,
      }),
    );
    expect(reasons).toEqual([
      'address mentions privacy',
      'title names a privacy or cookie policy',
      'a heading names a privacy or cookie policy',
      expect.stringMatching(/^\d+\.\d policy phrases per 100 words$/),
    ]);
  });

  it.each([
    ['privacy only in the query string', 'https://example.com/news?ref=privacy', 0],
    ['privacy in the path', 'https://example.com/en/privacy/', 1],
    ['not a URL at all', 'privacy', 1],
    ['not a URL, no privacy', '::not a url::', 0],
  ])('reads the address from its path: %s', (_name, url, reasons) => {
    const detection = detectPolicy(page({ url, text: POLICY_EN }));
    expect(detection.reasons.filter((r) => r === 'address mentions privacy')).toHaveLength(reasons);
  });

  it('looks at the first 12 headings only', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Section ${i}`);
    const late = detectPolicy(page({ headings: [...filler, 'Privacy Policy'], text: POLICY_EN }));
    const early = detectPolicy(page({ headings: ['Privacy Policy', ...filler], text: POLICY_EN }));
    expect(late.reasons).not.toContain('a heading names a privacy or cookie policy');
    expect(early.reasons).toContain('a heading names a privacy or cookie policy');
  });
});
