import { describe, expect, it } from 'vitest';
import { orgNames, thirdParties } from '../../../src/score/third-parties.ts';
import { paragraphs } from './paragraph.ts';

describe('thirdParties', () => {
  it.each<[string, string[]]>([
    ['We use Google Analytics and DoubleClick.', ['Google Analytics', 'DoubleClick']],
    ['Payments are processed by Stripe; product analytics by Mixpanel and Hotjar.', ['Stripe', 'Mixpanel', 'Hotjar']],
    ['We host on Amazon Web Services (AWS) and send email through Mailchimp.', ['Amazon Web Services', 'Mailchimp']],
    ['Our CRM is Salesforce; forms come from HubSpot; events go to Segment.io.', ['Segment', 'Salesforce', 'HubSpot']],
    ['Share buttons from Facebook and Twitter may set cookies.', ['Facebook', 'Twitter']],
    // false positives: common words that are also company names
    ['Each segment of the audience is a square deal.', []],
    ['We list our partners below.', []],
  ])('%j → %j', (text, names) => {
    expect(thirdParties(paragraphs({ text })).map((p) => p.name)).toEqual(names);
  });

  it('gives the kind of the known ones and the paragraphs that name them', () => {
    const found = thirdParties(
      paragraphs({ text: 'We use Stripe.' }, { text: 'Intro.' }, { text: 'Stripe stores cards.' }),
    );
    expect(found).toEqual([{ name: 'Stripe', kind: 'payments', evidence: [0, 2] }]);
  });

  it('skips text that is not policy text', () => {
    expect(thirdParties(paragraphs({ text: 'Follow us on Facebook!', policyText: false }))).toEqual([]);
  });
});

describe('orgNames (companies by their shape, near sharing words)', () => {
  it.each<[string, string[]]>([
    ['We share usage data with Acme Metrics, Inc. to improve the product.', ['Acme Metrics']],
    [
      'Our service providers include Bluefin Payments and Northwind Hosting.',
      ['Bluefin Payments', 'Northwind Hosting'],
    ],
    // false positives: the policy's own vocabulary, acronyms, places, sentences not about sharing
    ['We share data with our Partners and Affiliates.', []],
    ['We disclose data to comply with GDPR and CCPA.', []],
    ['We share data with service providers in the United States.', []],
    ['Welcome to Acme Metrics, the home of good numbers.', []],
  ])('%j → %j', (sentence, names) => {
    expect(orgNames(sentence)).toEqual(names);
  });
});
