import { describe, expect, it } from 'vitest';
import { findEnglishVersion, type LanguageLink } from '../../../src/detect/english-version.ts';

const PAGE = 'https://example.fr/fr/confidentialite';
const alt = (lang: string, href: string): LanguageLink => ({ href, text: '', lang, alternate: true });
const a = (text: string, href: string, lang = ''): LanguageLink => ({ href, text, lang, alternate: false });

describe('findEnglishVersion', () => {
  it.each<[string, LanguageLink[], string | null]>([
    [
      'the declared English alternate, plain "en" before the regional ones',
      [
        alt('de', 'https://example.fr/de/p'),
        alt('en-gb', 'https://example.fr/en-gb/p'),
        alt('en', 'https://example.fr/en/p'),
      ],
      'https://example.fr/en/p',
    ],
    [
      'US English before other regions',
      [alt('en-au', 'https://x.fr/au'), alt('en-us', 'https://x.fr/us')],
      'https://x.fr/us',
    ],
    [
      'an alternate before a switcher link',
      [a('English', 'https://x.fr/a'), alt('en', 'https://x.fr/b')],
      'https://x.fr/b',
    ],
    ['a link marked hreflang="en"', [a('Version anglaise', 'https://x.fr/en', 'en')], 'https://x.fr/en'],
    ['a switcher entry "EN"', [a('FR', 'https://x.fr/fr'), a(' EN ', 'https://x.fr/en')], 'https://x.fr/en'],
    ['a switcher entry "Englisch"', [a('Englisch', 'https://x.de/en')], 'https://x.de/en'],
    ['"English (US)"', [a('English (US)', 'https://x.fr/en-us')], 'https://x.fr/en-us'],
    // false positives: other languages, sentences, the page itself, scripts
    ['only other languages', [alt('de', 'https://x.fr/de'), a('Deutsch', 'https://x.fr/de')], null],
    ['a sentence that mentions English', [a('Read our English blog', 'https://x.fr/blog')], null],
    ['the page itself', [alt('en', PAGE), a('English', `${PAGE}#top`)], null],
    ['a script link', [a('English', 'javascript:setLang("en")')], null],
    ['nothing', [], null],
  ])('%s', (_name, links, href) => {
    expect(findEnglishVersion(links, PAGE)?.href ?? null).toBe(href);
  });

  it('labels the link with its text, or "English" for an alternate', () => {
    expect(findEnglishVersion([a('English', 'https://x.fr/en')], PAGE)?.text).toBe('English');
    expect(findEnglishVersion([alt('en', 'https://x.fr/en')], PAGE)?.text).toBe('English');
  });
});
