import { describe, expect, it } from 'vitest';
import { findPolicyLink, type PageLink, scorePolicyLink } from '../../../src/detect/policy-link.ts';

const link = (text: string, href = 'https://shop.example/legal/privacy', more: Partial<PageLink> = {}): PageLink => ({
  text,
  href,
  rel: '',
  inChrome: true,
  ...more,
});

describe('scorePolicyLink', () => {
  it.each([
    ['Privacy', true],
    ['Privacy Policy', true],
    ['Privacy Notice', true],
    ['Our privacy statement', true],
    ['Datenschutz', true],
    ['Datenschutzerklärung', true],
    ['Privacy & Cookies', true],
    ['Contact us', false],
    ['Terms of Service', false],
    ['Careers', false],
  ])('%s → policy link: %s', (text, expected) => {
    expect(scorePolicyLink(link(text, 'https://shop.example/page')) > 0).toBe(expected);
  });

  it('ranks rel="privacy-policy" above everything', () => {
    expect(scorePolicyLink(link('Legal', 'https://shop.example/l', { rel: 'privacy-policy' }))).toBe(10);
  });

  it('ranks a settings page below the policy itself', () => {
    expect(scorePolicyLink(link('Privacy settings'))).toBeLessThan(scorePolicyLink(link('Privacy Policy')));
  });

  it('ignores links that are not web pages', () => {
    expect(scorePolicyLink(link('Privacy', 'mailto:privacy@shop.example'))).toBe(0);
    expect(scorePolicyLink(link('Privacy', 'javascript:void(0)'))).toBe(0);
  });
});

describe('findPolicyLink', () => {
  it('prefers the footer link named as the policy over a mention in running text', () => {
    const links = [
      link('read about privacy in our blog post', 'https://shop.example/blog/privacy-week', { inChrome: false }),
      link('Privacy Policy', 'https://shop.example/privacy'),
      link('Privacy settings', 'https://shop.example/account/privacy'),
    ];
    expect(findPolicyLink(links, 'https://shop.example/')?.href).toBe('https://shop.example/privacy');
  });

  it('does not offer the page itself', () => {
    expect(
      findPolicyLink([link('Privacy', 'https://shop.example/privacy#top')], 'https://shop.example/privacy'),
    ).toBeNull();
  });

  it('finds nothing on a page without one', () => {
    expect(
      findPolicyLink(
        [link('Home', 'https://shop.example/'), link('Blog', 'https://shop.example/blog')],
        'https://shop.example/x',
      ),
    ).toBeNull();
  });
});
