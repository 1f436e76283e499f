import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../src/detect/language.ts';
import { readProse } from '../../../src/detect/policy-prose.ts';
import {
  ACCEPTABLE_USE_EN,
  NEWS_EN,
  POLICY_DE,
  POLICY_EN,
  POLICY_ES,
  POLICY_FR,
  POLICY_IT,
  POLICY_NL,
  POLICY_PT,
  PRIVACY_BLOG_EN,
  RECIPE_EN,
  TERMS_EN,
} from './samples.ts';

describe('readProse', () => {
  it.each([
    ['an English policy', POLICY_EN, 3, 2],
    ['a blog post about privacy', PRIVACY_BLOG_EN, 3, 0],
    ['terms of service', TERMS_EN, 0, 0],
    ['an acceptable use policy', ACCEPTABLE_USE_EN, 0, 1],
    ['a recipe', RECIPE_EN, 0, 0],
  ])('%s', (_name, text, density, selfReferences) => {
    const prose = readProse(text);
    expect(prose.density).toBeGreaterThanOrEqual(density);
    expect(prose.selfReferences).toBe(selfReferences);
  });

  it.each<[string, string, LanguageCode]>([
    ['a German policy', POLICY_DE, 'de'],
    ['a French policy', POLICY_FR, 'fr'],
    ['a Spanish policy', POLICY_ES, 'es'],
    ['an Italian policy', POLICY_IT, 'it'],
    ['a Dutch policy', POLICY_NL, 'nl'],
    ['a Portuguese policy', POLICY_PT, 'pt'],
  ])('reads %s in its own vocabulary, as dense as an English one', (_name, text, language) => {
    expect(readProse(text, language).density).toBeGreaterThan(3.5);
    expect(readProse(text).density).toBeLessThan(readProse(text, language).density);
  });

  it.each<[string, LanguageCode]>([
    ['La présente politique de confidentialité décrit', 'fr'],
    ['Cette politique explique', 'fr'],
    ['In dieser Datenschutzerklärung informieren wir', 'de'],
    ['Esta política de privacidad explica', 'es'],
    ['La presente informativa descrive', 'it'],
    ['In deze privacyverklaring leggen wij uit', 'nl'],
    ['Dit privacybeleid geldt', 'nl'],
    ['Esta Política de Privacidade explica', 'pt'],
  ])('counts %j as a self-reference (%s)', (phrase, language) => {
    expect(readProse(`${phrase} ${RECIPE_EN}`, language).selfReferences).toBe(1);
  });

  it.each<[string, LanguageCode]>([
    ['notre politique de confidentialité', 'fr'],
    ['unsere Datenschutzerklärung', 'de'],
    ['nuestra política de privacidad', 'es'],
    ['les présentes conditions générales', 'fr'],
  ])('does not count %j (%s)', (phrase, language) => {
    expect(readProse(`${phrase} ${RECIPE_EN}`, language).selfReferences).toBe(0);
  });

  it('keeps ordinary pages under the policy floor of 0.8 (terms of service, which mention data, sit above it)', () => {
    expect(readProse(RECIPE_EN).density).toBeLessThan(0.8);
    expect(readProse(NEWS_EN).density).toBeLessThan(0.8);
    expect(readProse(TERMS_EN).density).toBeGreaterThan(0.8);
  });

  it('says nothing about fewer than 40 words', () => {
    const text = 'We collect personal information and share it with third parties. This privacy policy explains.';
    expect(readProse(text)).toEqual({ words: 14, density: 0, selfReferences: 0 });
  });

  it.each([
    'This Privacy Policy explains',
    'changes to this privacy notice',
    'this statement describes',
    'this Cookie Policy',
    'this online privacy policy',
  ])('counts %j as a self-reference', (phrase) => {
    expect(readProse(`${phrase} ${RECIPE_EN}`).selfReferences).toBe(1);
  });

  it.each(['our privacy policy', 'the privacy policy', 'this website'])('does not count %j', (phrase) => {
    expect(readProse(`${phrase} ${RECIPE_EN}`).selfReferences).toBe(0);
  });
});
