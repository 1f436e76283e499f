import { describe, expect, it } from 'vitest';
import { detectDocumentLanguage, detectLanguage } from '../../../src/detect/language.ts';
import { NEWS_EN, POLICY_DE, POLICY_EN, POLICY_ES, POLICY_FR, POLICY_NL, RECIPE_EN, TERMS_EN } from './samples.ts';

describe('detectLanguage', () => {
  it.each([
    ['an English policy', POLICY_EN, true],
    ['English terms of service', TERMS_EN, true],
    ['English news', NEWS_EN, true],
    ['an English recipe', RECIPE_EN, true],
    ['an English policy in capitals', POLICY_EN.toUpperCase(), true],
    ['an English policy with a German paragraph quoted', `${POLICY_EN}\n${POLICY_DE.slice(0, 200)}`, true],
    // false positives: policy-shaped text that is not English
    ['a German policy paragraph', POLICY_DE, false],
    ['a French policy paragraph', POLICY_FR, false],
    ['a Spanish policy paragraph', POLICY_ES, false],
    ['a Dutch policy paragraph (shares "we", "in", "is" with English)', POLICY_NL, false],
    ['German and French together', `${POLICY_DE} ${POLICY_FR}`, false],
  ])('%s → supported: %s', (_name, text, supported) => {
    const language = detectLanguage(text);
    expect(language).toEqual(supported ? { code: 'en', supported: true } : { code: 'und', supported: false });
  });

  it.each([
    ['', 'empty text'],
    ['Datenschutzerklärung. Wir verkaufen Ihre Daten nicht.', 'fewer than 20 words'],
    ['1234 5678 — … §§ 12', 'no letters at all'],
  ])('assumes English for too little text to tell: %j (%s)', (text) => {
    expect(detectLanguage(text)).toEqual({ code: 'en', supported: true });
  });
});

describe('detectDocumentLanguage', () => {
  // A course catalogue menu like lynda.com's (OPP-115 policy 962): hundreds of short entries with no function words.
  const repeat = (entries: string[], times: number) => Array.from({ length: times }, () => entries).flat();
  const menu = repeat(['3D Animation', 'Audio + Music', 'CAD', 'Developer', 'Business'], 60);
  const paragraphs = (text: string) => text.split(/(?<=\.)\s+/);

  it('judges the prose, not a long navigation menu in front of an English policy', () => {
    expect(detectLanguage(menu.join(' ')).supported).toBe(false);
    expect(detectDocumentLanguage([...menu, ...paragraphs(POLICY_EN)])).toEqual({ code: 'en', supported: true });
  });

  it('still says a German policy behind an English menu is not English', () => {
    const englishMenu = repeat(['Home', 'About us', 'Contact', 'Sign in'], 75);
    expect(detectDocumentLanguage([...englishMenu, ...paragraphs(POLICY_DE)])).toEqual({
      code: 'und',
      supported: false,
    });
  });

  it('falls back to every paragraph when none reads as prose', () => {
    expect(detectDocumentLanguage(menu).supported).toBe(false);
    expect(detectDocumentLanguage([])).toEqual({ code: 'en', supported: true });
  });
});
