/**
 * The first look's cheap conditions must hold for everything the full detection calls a policy (they decide
 * whether detection runs at all), and should fail for ordinary names, or every page would pay for detection.
 */
import { describe, expect, it } from 'vitest';
import { detectPolicy } from '../../../src/detect/is-policy.ts';
import { mayBeNamed, NAME_WORDS, SELF_WORDS } from '../../../src/detect/may-be-policy.ts';
import { addressNamesPolicy, namesPolicy, titleNamesPolicy } from '../../../src/detect/policy-name.ts';

describe('mayBeNamed', () => {
  it.each([
    'Privacy Policy',
    'PRIVACY NOTICE',
    'Cookie Policy | Shop',
    'Data-Protection Statement',
    'Datenschutzerklärung',
    'Politique de confidentialité',
    'Política de privacidad',
    'Privacyverklaring',
    'https://example.com/legal/privacy_statement.html',
    'https://example.com/terms#Privacy%20Policy',
    'https://privacy.example.com/',
  ])('%j may name a policy', (name) => {
    expect(mayBeNamed([name])).toBe(true);
  });

  it.each([
    ['Garden tools — shop'],
    ['Festival returns to the valley'],
    ['https://example.com/recipes/lemon-tart'],
    ['Terms of Service'],
  ])('%j does not, and policy-name.ts agrees', (name) => {
    expect(mayBeNamed([name])).toBe(false);
    expect(namesPolicy(name) || titleNamesPolicy(name) || addressNamesPolicy(name)).toBe(false);
  });
});

describe('the self-reference words', () => {
  it.each([
    'This Privacy Policy explains how we collect personal information',
    'this web site data protection notice applies to you',
    'THIS STATEMENT describes our practices',
  ])('every self-reference detection counts holds "this" and one of SELF_WORDS: %j', (sentence) => {
    const text = `${sentence}. ${'We collect personal information and share it with third parties. '.repeat(8)}`;
    const { reasons } = detectPolicy({ url: 'https://example.com/', title: '', headings: [], text });
    expect(reasons).toContain('the text calls itself a policy');
    const lower = sentence.toLowerCase();
    expect(lower.includes('this') && SELF_WORDS.some((w) => lower.includes(w))).toBe(true);
  });

  it('names and self-references are looked for in lower case', () => {
    for (const word of [...NAME_WORDS, ...SELF_WORDS]) expect(word).toBe(word.toLowerCase());
  });
});
