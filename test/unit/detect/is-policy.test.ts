import { describe, expect, it } from 'vitest';
import { detectPolicy, type PageSignals } from '../../../src/detect/is-policy.ts';
import {
  ACCEPTABLE_USE_EN,
  CONSENT_PANEL_EN,
  NEWS_EN,
  POLICY_DE,
  POLICY_EN,
  POLICY_FR,
  POLICY_PL,
  PRIVACY_BLOG_EN,
  RECIPE_EN,
  TERMS_EN,
  VPN_EN,
} from './samples.ts';

const page = (over: Partial<PageSignals>): PageSignals => ({
  url: 'https://example.com/',
  title: '',
  headings: [],
  text: '',
  ...over,
});
const SHORT_PRIVACY_PAGE = 'Privacy settings. Choose what we remember about you. Save. Cancel.';
/** Policy prose that never calls itself a policy (so only a name can make it one). */
const POLICY_PROSE = POLICY_EN.replace('This Privacy Policy explains', 'Here is').replace('this policy', 'them');

const cases: [string, boolean, Partial<PageSignals>][] = [
  [
    'a policy at /privacy titled Privacy Policy',
    true,
    { url: 'https://example.com/privacy', title: 'Privacy Policy | Example', text: POLICY_EN },
  ],
  [
    'a policy under a neutral address and title that calls itself one',
    true,
    { url: 'https://example.com/legal/doc-7', title: 'Legal | Example', text: POLICY_EN },
  ],
  [
    'a policy named only by its heading',
    true,
    { url: 'https://example.com/p/3', headings: ['Example', 'Privacy Notice'], text: POLICY_PROSE },
  ],
  [
    'a policy named only by its address',
    true,
    { url: 'https://example.com/about/privacy_statement.aspx', text: POLICY_PROSE },
  ],
  [
    'a legal page opened at its privacy section',
    true,
    { url: 'https://example.gov/legal/#privacy_policy', title: 'Legal', text: POLICY_PROSE },
  ],
  ['a policy on a privacy host', true, { url: 'https://privacy.example.com/', title: 'Example', text: POLICY_PROSE }],
  ['a cookie policy', true, { url: 'https://example.com/cookies', title: 'Cookie Policy', text: POLICY_PROSE }],
  [
    'a bare "Your Privacy" title',
    true,
    { url: 'https://example.com/p?id=9', title: 'Example - Your Privacy', text: POLICY_PROSE },
  ],
  [
    'terms of use and privacy on one page',
    true,
    { url: 'https://example.com/legal', title: 'Terms of Use and Privacy', text: `${TERMS_EN} ${POLICY_PROSE}` },
  ],
  [
    'a German Datenschutzerklärung (then reported unsupported)',
    true,
    { url: 'https://example.de/datenschutz', title: 'Datenschutzerklärung', text: POLICY_DE },
  ],
  [
    'a legal hub whose selected tab is the privacy policy',
    true,
    {
      url: 'https://example.com/legal?tab=2',
      title: 'Legal Center | Example',
      tabs: ['Privacy Policy'],
      text: POLICY_PROSE,
    },
  ],
  [
    'a French policy named only in its headings, calling itself "la présente politique"',
    true,
    {
      url: 'https://example.fr/doc',
      headings: ['1. Qui sommes-nous ?', '2. Où s’applique la présente politique de confidentialité'],
      text: `La présente politique explique nos pratiques. ${POLICY_FR}`,
    },
  ],
  [
    'a Polish policy named by its title (a language detection does not read)',
    true,
    { url: 'https://example.pl/x', title: 'Polityka prywatności | Sklep', text: POLICY_PL },
  ],
  // hard negatives
  [
    'a blog post titled with the policy it is about',
    false,
    {
      url: 'https://example.com/blog/privacy-policy-update',
      title: "What's changing in our Privacy Policy | Example Blog",
      headings: ["What's changing in our Privacy Policy"],
      text: PRIVACY_BLOG_EN,
    },
  ],
  [
    'a privacy centre at /privacy, dense in privacy words',
    false,
    { url: 'https://example.com/privacy', title: 'Privacy Center | Example', text: PRIVACY_BLOG_EN },
  ],
  [
    'a legal hub whose selected tab is the terms (the privacy tab is not selected)',
    false,
    {
      url: 'https://example.com/legal?tab=1',
      title: 'Legal Center | Example',
      tabs: ['Terms of Service'],
      text: TERMS_EN,
    },
  ],
  [
    'French terms of use with a "Politique de confidentialité" section',
    false,
    {
      url: 'https://example.fr/cgu',
      title: "Conditions générales d'utilisation | Exemple",
      headings: ["Conditions générales d'utilisation", '4. Politique de confidentialité'],
      text: POLICY_FR,
    },
  ],
  [
    'a Polish page under /privacy with no name in its title or headings',
    false,
    { url: 'https://example.pl/privacy', title: 'Ustawienia', text: POLICY_PL },
  ],
  [
    'terms of service with a "Privacy" section',
    false,
    {
      url: 'https://example.com/legal/terms',
      title: 'Terms of Service',
      headings: ['Terms of Service', 'Accounts', 'Privacy'],
      text: TERMS_EN,
    },
  ],
  [
    'terms and conditions with a "6. Privacy Policy" section',
    false,
    {
      url: 'https://example.com/terms',
      title: 'Terms and Conditions | Shop',
      headings: ['Terms and Conditions', '6. Privacy Policy'],
      text: `${TERMS_EN} We use your personal information to process your order.`,
    },
  ],
  [
    'a cookie-settings panel under /privacy',
    false,
    {
      url: 'https://news.example/privacy/cookie-settings',
      title: 'Privacy preferences | News',
      headings: ['Privacy Preference Center'],
      text: CONSENT_PANEL_EN,
    },
  ],
  [
    'a privacy-settings help article',
    false,
    {
      url: 'https://help.example.com/articles/4410-privacy-settings',
      title: 'How to change your privacy settings',
      text: CONSENT_PANEL_EN,
    },
  ],
  [
    'a blog post about privacy that names "the privacy policy"',
    false,
    {
      url: 'https://blog.example.com/2025/06/protect-your-privacy-online',
      title: 'Seven simple ways to protect your privacy online',
      headings: ['1. Read the privacy policy (or at least skim it)'],
      text: PRIVACY_BLOG_EN,
    },
  ],
  [
    'a VPN page selling privacy',
    false,
    { url: 'https://vpn.example/privacy-first', title: 'Privacy-first VPN with a strict no-logs policy', text: VPN_EN },
  ],
  [
    'a privacy centre listing "our privacy notices"',
    false,
    {
      url: 'https://bank.example/privacy-center',
      title: 'Privacy Center | Bank',
      headings: ['Privacy Center', 'Our privacy notices'],
      text: CONSENT_PANEL_EN,
    },
  ],
  [
    'a cookie banner over a news article',
    false,
    {
      url: 'https://news.example/2026/budget',
      title: 'Council passes budget',
      headings: ['We value your privacy', 'Council passes budget'],
      text: `${CONSENT_PANEL_EN} ${NEWS_EN}`,
    },
  ],
  [
    'a "Cookie Notice" heading over a page with little policy prose (an unmarked consent banner)',
    false,
    {
      url: 'https://example.com/guides/lisbon',
      title: 'Three days in Lisbon',
      headings: ['Cookie Notice', 'Three days in Lisbon'],
      text: TERMS_EN,
    },
  ],
  [
    'an acceptable use policy ("this policy", not about privacy)',
    false,
    { url: 'https://host.example/legal/acceptable-use', title: 'Acceptable Use Policy', text: ACCEPTABLE_USE_EN },
  ],
  [
    'a news article that mentions privacy once',
    false,
    { url: 'https://news.example.com/2026/budget', title: 'Council passes budget amid privacy worries', text: NEWS_EN },
  ],
  ['a recipe', false, { url: 'https://example.com/recipes/lemon-cake', title: 'Lemon cake', text: RECIPE_EN }],
  [
    'a short privacy settings page (too little text to judge)',
    false,
    { url: 'https://example.com/privacy', title: 'Privacy settings', headings: ['Privacy'], text: SHORT_PRIVACY_PAGE },
  ],
  [
    'a privacy-named page with no policy prose',
    false,
    { url: 'https://example.com/privacy', title: 'Privacy Policy', headings: ['Privacy Policy'], text: RECIPE_EN },
  ],
  ['an empty page', false, {}],
];

describe('detectPolicy', () => {
  it.each(cases)('%s → %s', (_name, expected, signals) => {
    const detection = detectPolicy(page(signals));
    expect(detection.isPolicy).toBe(expected);
    expect(detection.isPolicy).toBe(detection.score >= 0.5);
    expect(detection.score).toBeGreaterThanOrEqual(0);
    expect(detection.score).toBeLessThanOrEqual(1);
  });

  it('needs a name, or prose that calls itself a policy: the same prose without either is not one', () => {
    const unnamed = detectPolicy(page({ url: 'https://example.com/x', title: 'Example', text: POLICY_PROSE }));
    const named = detectPolicy(page({ url: 'https://example.com/x', title: 'Privacy Policy', text: POLICY_PROSE }));
    const self = detectPolicy(page({ url: 'https://example.com/x', title: 'Example', text: POLICY_EN }));
    expect(unnamed.isPolicy).toBe(false);
    expect(named.isPolicy).toBe(true);
    expect(self.isPolicy).toBe(true);
  });

  it('trusts the title and address more than a heading, which any widget can carry', () => {
    const signals = { url: 'https://example.com/x', text: TERMS_EN };
    const byTitle = detectPolicy(page({ ...signals, title: 'Cookie Notice' }));
    const byHeading = detectPolicy(page({ ...signals, headings: ['Cookie Notice'] }));
    expect(byTitle.isPolicy).toBe(true);
    expect(byHeading.isPolicy).toBe(false);
    expect(byHeading.score).toBeGreaterThan(detectPolicy(page(signals)).score);
  });

  it('scores a page with every signal higher than policy prose alone', () => {
    const all = detectPolicy(page({ url: 'https://example.com/privacy', title: 'Privacy Policy', text: POLICY_EN }));
    const prose = detectPolicy(page({ url: 'https://example.com/x', title: 'Example', text: POLICY_EN }));
    expect(all.score).toBeGreaterThan(prose.score);
    expect(all.score).toBeGreaterThanOrEqual(0.9);
  });

  it('gives its reasons', () => {
    const signals = {
      url: 'https://example.com/privacy',
      title: 'Privacy Policy',
      headings: ['Privacy Policy'],
      text: POLICY_EN,
    };
    expect(detectPolicy(page(signals)).reasons).toEqual([
      'address names a privacy policy',
      'title names a privacy or cookie policy',
      'a heading names a privacy or cookie policy',
      expect.stringMatching(/^\d+\.\d policy phrases per 100 words$/),
      'the text calls itself a policy',
    ]);
    expect(detectPolicy(page({ title: 'Privacy Policy', text: RECIPE_EN })).reasons).toContain(
      'too little policy prose',
    );
  });

  it.each([
    ['an English policy', POLICY_EN, 'en'],
    ['a German policy', POLICY_DE, 'de'],
    ['a French policy', POLICY_FR, 'fr'],
    ['a Polish policy', POLICY_PL, 'und'],
  ])('names the language of %s, and says so unless English', (_name, text, code) => {
    const detection = detectPolicy(page({ title: 'Privacy Policy', text }));
    expect(detection.language.code).toBe(code);
    expect(detection.language.supported).toBe(code === 'en');
    expect(detection.reasons.some((r) => r.startsWith('written in'))).toBe(code !== 'en');
  });

  it('looks at the first 12 headings only', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Section ${i}`);
    const late = detectPolicy(page({ headings: [...filler, 'Privacy Policy'], text: POLICY_PROSE }));
    const early = detectPolicy(page({ headings: ['Privacy Policy', ...filler], text: POLICY_PROSE }));
    expect(late.reasons).not.toContain('a heading names a privacy or cookie policy');
    expect(early.reasons).toContain('a heading names a privacy or cookie policy');
  });
});
