import { describe, expect, it } from 'vitest';
import { detectDocumentLanguage, detectLanguage } from '../../../src/detect/language.ts';
import {
  NEWS_EN,
  POLICY_DE,
  POLICY_EN,
  POLICY_ES,
  POLICY_FR,
  POLICY_IT,
  POLICY_NL,
  POLICY_PL,
  POLICY_PT,
  POLICY_RU,
  POLICY_SV,
  RECIPE_EN,
  TERMS_EN,
} from './samples.ts';

describe('detectLanguage', () => {
  it.each([
    ['an English policy', POLICY_EN, 'en'],
    ['English terms of service', TERMS_EN, 'en'],
    ['English news', NEWS_EN, 'en'],
    ['an English recipe', RECIPE_EN, 'en'],
    ['an English policy in capitals', POLICY_EN.toUpperCase(), 'en'],
    ['an English policy with a German paragraph quoted', `${POLICY_EN}\n${POLICY_DE.slice(0, 200)}`, 'en'],
    ['a German policy paragraph', POLICY_DE, 'de'],
    ['a French policy paragraph', POLICY_FR, 'fr'],
    ['a French policy paragraph in capitals', POLICY_FR.toUpperCase(), 'fr'],
    ['a Spanish policy paragraph', POLICY_ES, 'es'],
    ['an Italian policy paragraph', POLICY_IT, 'it'],
    ['a Dutch policy paragraph (shares "we", "in", "is" with English)', POLICY_NL, 'nl'],
    ['a Portuguese policy paragraph (shares "de", "que", "para" with Spanish)', POLICY_PT, 'pt'],
    ['German with a French paragraph after it', `${POLICY_DE} ${POLICY_DE} ${POLICY_FR}`, 'de'],
    // other languages: named as such, never taken for the nearest named one
    ['a Polish policy paragraph', POLICY_PL, 'und'],
    ['a Swedish policy paragraph', POLICY_SV, 'und'],
    ['a Russian policy paragraph (another script)', POLICY_RU, 'und'],
  ])('%s → %s', (_name, text, code) => {
    expect(detectLanguage(text)).toEqual({ code, supported: code === 'en' });
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

  it('still says a German policy behind an English menu is German', () => {
    const englishMenu = repeat(['Home', 'About us', 'Contact', 'Sign in'], 75);
    expect(detectDocumentLanguage([...englishMenu, ...paragraphs(POLICY_DE)])).toEqual({
      code: 'de',
      supported: false,
    });
  });

  it('falls back to every paragraph when none reads as prose', () => {
    expect(detectDocumentLanguage(menu).supported).toBe(false);
    expect(detectDocumentLanguage([])).toEqual({ code: 'en', supported: true });
  });
});
