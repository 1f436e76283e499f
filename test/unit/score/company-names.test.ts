import { describe, expect, it } from 'vitest';
import { isCompanyName, lowercaseWords } from '../../../src/score/company-names.ts';
import { orgNames, thirdParties } from '../../../src/score/third-parties.ts';
import { paragraphs } from './paragraph.ts';

/** A policy's prose, in which the ordinary words are written in lower case. */
const PROSE = lowercaseWords([
  'how we use and share data: we sold nothing; data shared with the department of commerce; export it to excel',
]);
const context = (before: string, after = '') => ({ before, after, besideKnown: false });

describe('isCompanyName', () => {
  it.each<[string, boolean, string, string, boolean]>([
    ['Acme Metrics', true, 'We share data with ', ', Inc. to measure use.', true],
    ['SCHUFA Holding AG', false, 'we share information with ', ', Kormoranweg 5', true],
    ['Piano', false, 'Our partner, ', ', assists us', true],
    ['TRUSTe', false, 'to ', ', an alternative dispute resolution provider', true],
    ['Northwind Hosting', false, 'services provided by ', '.', true],
    // false positives: the issue's, and their kin
    ['How', false, 'Learn more. ', ' We Use It', false],
    ['John Smith', false, 'provided by ', ', our support agent', false],
    ['Excel', false, 'partners such as ', ' spreadsheets', false],
    ['Department', false, 'partners such as the ', ' of Commerce', false],
    ['Sold', false, 'Categories of Third Parties to Whom Personal Information Is ', ' or Shared', false],
    ['Wednesday', false, 'providers such as ', '', false],
    ['Texas', false, 'partners including ', ' residents', false],
    ['Standard Contractual Clauses', false, 'providers such as ', '', false],
    ['Conditions', false, 'Terms and ', '', false],
    ['Meta Companies', false, 'partners such as ', '', false],
    ['Kormoranweg', false, 'SCHUFA Holding AG, ', ' 5, 65201 Wiesbaden', false],
    ['Waltham', false, 'providers such as Acme, 100 Main Street, ', ', MA 02451', false],
    ['ShineTheLight', false, 'write to ', '@example.com', false],
    ['Inc', false, 'Amazon.com, ', '.', false],
    ['Fluxbyte', false, 'when you use ', ' to chat', false], // no company context
  ])('%j (suffixed: %s; %j … %j) → %s', (name, suffixed, before, after, expected) => {
    expect(isCompanyName(name, suffixed, PROSE, context(before, after))).toBe(expected);
  });

  it('takes a name listed beside a known company', () => {
    expect(isCompanyName('Adobe', false, PROSE, { before: 'partners include ', after: ', §', besideKnown: true })).toBe(
      true,
    );
  });
});

describe('thirdParties on whole policies', () => {
  it.each<[string, string[]]>([
    ['Our advertising partners include Adobe, Google and Microsoft.', ['Google', 'Microsoft', 'Adobe']],
    [
      'Cookies may be set by third parties such as Twitter, Facebook, AdQuick, and Parsely.',
      ['Facebook', 'Twitter', 'AdQuick', 'Parsely'],
    ],
    // false positives: a heading run into a sentence, a person, a product, an address
    ['Categories of Third Parties to Whom Personal Information Is Sold or Shared. We sold and shared nothing.', []],
    ['Our support agent John Smith, provided by us, answers within a day.', []],
    ['You may export your data to Excel or share it with our partners.', []],
    ['We share data with SCHUFA Holding AG, Kormoranweg 5, 65201 Wiesbaden.', ['SCHUFA Holding AG']],
  ])('%j → %j', (text, names) => {
    expect(thirdParties(paragraphs({ text })).map((p) => p.name)).toEqual(names);
  });

  it('keeps orgNames usable on a single sentence', () => {
    expect(orgNames('We share usage data with Acme Metrics, Inc. to improve the product.')).toEqual(['Acme Metrics']);
  });
});
