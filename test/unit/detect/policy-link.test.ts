import { describe, expect, it } from 'vitest';
import { findPolicyLink, type PageLink, scorePolicyLink } from '../../../src/detect/policy-link.ts';
import { registrableDomain, relation } from '../../../src/detect/site.ts';

const PAGE = 'https://www.shop.example/cart';
const link = (
  text: string,
  href = 'https://www.shop.example/legal/privacy',
  more: Partial<PageLink> = {},
): PageLink => ({
  text,
  href,
  rel: '',
  inChrome: true,
  ...more,
});
const score = (l: PageLink) => scorePolicyLink(l, PAGE);

describe('scorePolicyLink', () => {
  it.each([
    ['Privacy', true],
    ['Privacy Policy', true],
    ['Privacy Notice', true],
    ['Our privacy statement', true],
    ['Datenschutz', true],
    ['Datenschutzerklärung', true],
    ['Politique de confidentialité', true],
    ['Privacy & Cookies', true],
    ['Contact us', false],
    ['Terms of Service', false],
    ['Careers', false],
  ])('%s → policy link: %s', (text, expected) => {
    expect(score(link(text, 'https://www.shop.example/page')) > 0).toBe(expected);
  });

  it('ranks rel="privacy-policy" above everything', () => {
    expect(score(link('Legal', 'https://www.shop.example/l', { rel: 'privacy-policy' }))).toBeGreaterThan(
      score(link('Privacy Policy')),
    );
  });

  it('ranks a settings page and a cookie policy below the privacy policy itself', () => {
    expect(score(link('Privacy settings'))).toBeLessThan(score(link('Privacy Policy')));
    expect(score(link('Cookie Policy'))).toBeLessThan(score(link('Privacy Policy')));
    expect(score(link('Politique relative aux cookies'))).toBeLessThan(score(link('Politique de confidentialité')));
  });

  it('ignores links that are not web pages', () => {
    expect(score(link('Privacy', 'mailto:privacy@shop.example'))).toBe(0);
    expect(score(link('Privacy', 'javascript:void(0)'))).toBe(0);
  });

  it.each<[string, PageLink]>([
    ['in a consent banner', link('Privacy Policy', 'https://cookie-vendor.example/privacy', { inWidget: true })],
    ['in running text', link('Privacy Policy', 'https://partner.example/privacy', { inChrome: false })],
    ["Google's, even in the footer (reCAPTCHA)", link('Privacy Policy', 'https://policies.google.com/privacy')],
    ["Meta's from a social login", link('Datenschutzrichtlinie von Meta', 'https://www.facebook.com/privacy/policy')],
  ])("never offers another site's policy %s", (_name, l) => {
    expect(score(l)).toBe(0);
  });

  it("offers a group's shared policy on another site from the footer, below the site's own", () => {
    const group = link('Privacy Policy', 'https://legal.shopgroup.example/privacy');
    expect(score(group)).toBeGreaterThan(0);
    expect(score(group)).toBeLessThan(score(link('Privacy Policy', 'https://help.shop.example/privacy')));
    expect(score(link('Privacy Policy', 'https://help.shop.example/privacy'))).toBeLessThan(
      score(link('Privacy Policy')),
    );
  });
});

describe('findPolicyLink', () => {
  it('prefers the footer link named as the policy over a mention in running text', () => {
    const links = [
      link('read about privacy in our blog post', 'https://www.shop.example/blog/privacy-week', { inChrome: false }),
      link('Privacy Policy', 'https://www.shop.example/privacy'),
      link('Privacy settings', 'https://www.shop.example/account/privacy'),
    ];
    expect(findPolicyLink(links, PAGE)?.href).toBe('https://www.shop.example/privacy');
  });

  it("prefers the site's own policy to Meta's and Google's, whatever comes first (the French pages)", () => {
    const links = [
      link('Politique de confidentialité', 'https://www.facebook.com/privacy/policy', { inChrome: false }),
      link('politique de confidentialité', 'https://policies.google.com/privacy', { inWidget: true }),
      link('Politique relative aux cookies', 'https://www.shop.example/cookies'),
      link('Confidentialité', 'https://www.shop.example/confidentialite'),
    ];
    expect(findPolicyLink(links, PAGE)?.href).toBe('https://www.shop.example/confidentialite');
  });

  it('offers nothing when the only policy links are a third party’s', () => {
    const links = [
      link('Google Privacy Policy', 'https://policies.google.com/privacy'),
      link('Privacy Policy', 'https://consent.example/privacy', { inWidget: true }),
    ];
    expect(findPolicyLink(links, PAGE)).toBeNull();
  });

  it('does not offer the page itself', () => {
    expect(
      findPolicyLink([link('Privacy', 'https://shop.example/privacy#top')], 'https://shop.example/privacy'),
    ).toBeNull();
  });

  it('finds nothing on a page without one', () => {
    const links = [link('Home', 'https://www.shop.example/'), link('Blog', 'https://www.shop.example/blog')];
    expect(findPolicyLink(links, PAGE)).toBeNull();
  });
});

describe('registrableDomain', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['policies.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['www.example.co.uk', 'example.co.uk'],
    ['a.b.example.com.au', 'example.com.au'],
    ['shop.example.fr', 'example.fr'],
    ['alice.github.io', 'alice.github.io'], // separate sites on a shared host
    ['bob.github.io', 'bob.github.io'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['WWW.Example.COM.', 'example.com'],
  ])('%s → %s', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });

  it.each([
    ['https://www.shop.example/privacy', 'same-host'],
    ['https://help.shop.example/privacy', 'same-site'],
    ['https://shop.example/privacy', 'same-site'],
    ['https://policies.google.com/privacy', 'other-site'],
    ['https://other.github.io/', 'other-site'],
    ['not a url', 'other-site'],
  ])('relation(%s) → %s', (href, expected) => {
    const page = href.includes('github.io') ? 'https://alice.github.io/app' : PAGE;
    expect(relation(href, page)).toBe(expected);
  });
});
