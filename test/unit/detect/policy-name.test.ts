import { describe, expect, it } from 'vitest';
import {
  addressNamesPolicy,
  headingNamesPolicy,
  namesPolicy,
  titleNamesOtherDocument,
  titleNamesPolicy,
  titleNamesPrivacyTool,
} from '../../../src/detect/policy-name.ts';

describe('namesPolicy', () => {
  it.each([
    ['Privacy Policy', true],
    ['PRIVACY NOTICE', true],
    ['Bank of America Online Privacy Notice', true],
    ['Cookie Policy', true],
    ['Data Protection Statement', true],
    ['Your Privacy', true],
    ['Privacy, Security, and Accessibility Policies', true],
    ['Terms of Use and Privacy', true],
    ['Datenschutzerklärung', true],
    ['Politique de confidentialité', true],
    ['Politique de protection des données personnelles', true],
    ['Charte de confidentialité', true],
    ['Datenschutzhinweise', true],
    ['Hinweise zum Datenschutz', true],
    ['Política de privacidad', true],
    ['Informativa sulla privacy', true],
    ['Privacyverklaring', true],
    ['Cookiebeleid', true],
    ['Política de Privacidade', true],
    ['Polityka prywatności', true],
    ['Changes to this Privacy Policy', true],
    ['What This Privacy Policy Covers', true],
    // false positives: sentences and settings that mention privacy
    ['Read the privacy policy (or at least skim it)', false],
    ['Seven simple ways to protect your privacy online', false],
    ['Privacy preferences', false],
    ['Privacy Center', false],
    ['Privacy-first VPN', false],
    ['tough-cookie', false],
    ['Terms of Service', false],
    ['Policies', false],
    ["What's changing in our Privacy Policy", false],
    ['Changes to our Privacy Policy', false],
    ['What is a privacy policy?', false],
    ['Privacy policy update', false],
    ['Free Privacy Policy Generator', false],
    ['Privacy policy template', false],
    ['Paramètres de confidentialité et de publicité des annonces', false],
    ['Cookie-Einstellungen', false],
    ['', false],
  ])('%j → %s', (phrase, expected) => {
    expect(namesPolicy(phrase)).toBe(expected);
  });
});

describe('headingNamesPolicy', () => {
  it.each([
    ['Privacy Policy', true],
    ["Smithsonian Institution's Privacy Statement", true],
    ['Privacy', false], // a section of some other document
    ['Our privacy notices', false], // a list of them
    ['We value your privacy', false], // a consent banner
  ])('%j → %s', (heading, expected) => {
    expect(headingNamesPolicy(heading)).toBe(expected);
  });
});

describe('titleNamesPrivacyTool', () => {
  it.each([
    ['Privacy Center | Example', true],
    ['Cookie Settings', true],
    ['Privacy Policy | Example Privacy Centre', false], // names the policy too
    ['Privacy Policy | Example', false],
  ])('%j → %s', (title, expected) => {
    expect(titleNamesPrivacyTool(title)).toBe(expected);
  });
});

describe('titleNamesPolicy', () => {
  it.each([
    ['Privacy Policy | Example', true],
    ['Privacy - IMDb', true],
    ['Science/AAAS | Site Help: About Us: Privacy/Legal', true],
    ['Minecraft Wiki:Privacy policy – Minecraft Wiki', true],
    ['How to change your privacy settings – Help Center', false],
    ['Council passes budget amid privacy worries', false],
    ['Privacy preferences | Northwind News', false],
    ['Politique de confidentialité | Rencontres Lumière', true],
    ['Rechtliches | Bergweg', false],
  ])('%j → %s', (title, expected) => {
    expect(titleNamesPolicy(title)).toBe(expected);
  });

  it.each([
    ['Terms and Conditions | Shop', true],
    ['Acceptable Use Policy | Host', true],
    ['Community Coffee - Terms of Use and Privacy', false], // names the policy too
    ['Legal | Library of Congress', false],
  ])('titleNamesOtherDocument(%j) → %s', (title, expected) => {
    expect(titleNamesOtherDocument(title)).toBe(expected);
  });
});

describe('addressNamesPolicy', () => {
  it.each([
    ['https://example.com/privacy', true],
    ['https://example.com/en/privacy/', true],
    ['https://example.com/legal/privacy-policy.html', true],
    ['http://www.example.com/privacypolicy', true],
    ['http://www.example.edu/Pages/PrivacySecurity.aspx', true],
    ['https://policies.example.com/us/en/privacy/index.htm', true],
    ['http://www.example.gov/legal/#privacy_policy', true],
    ['http://privacy.example.com/', true],
    ['https://example.de/datenschutz', true],
    ['privacy', true], // not a URL: read as a name
    // false positives: the page is about privacy, or only in a privacy section
    ['https://example.com/privacy/cookie-settings', false],
    ['https://help.example.com/articles/4410-privacy-settings', false],
    ['https://vpn.example/privacy-first', false],
    ['https://blog.example.com/2025/06/protect-your-privacy-online', false],
    ['https://example.com/news?ref=privacy', false],
    ['https://example.com/blog/privacy-policy', false], // an article about it
    ['https://example.com/blog/privacy-policy-update-2025', false],
    ['https://example.com/generator/privacy', false], // a tool for writing one
    ['::not a url::', false],
  ])('%s → %s', (url, expected) => {
    expect(addressNamesPolicy(url)).toBe(expected);
  });
});
