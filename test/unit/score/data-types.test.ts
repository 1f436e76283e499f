import { describe, expect, it } from 'vitest';
import { dataTypes } from '../../../src/score/data-types.ts';
import { paragraphs } from './paragraph.ts';

describe('dataTypes', () => {
  it.each<[string, string[]]>([
    ['We collect your name, email address and phone number when you register.', ['email', 'name', 'phone']],
    [
      'We collect your IP address, device identifiers and precise location (GPS coordinates).',
      ['location', 'ip', 'device', 'precise-location'],
    ],
    ['Payments: we receive your credit card number and billing address from Stripe.', ['address', 'payment']],
    ['With your permission we collect health data and biometric data such as face prints.', ['health', 'biometric']],
    ['If you upload your address book, we store your contacts.', ['contacts']],
    // false positives: not about collecting, or an everyday word
    ['Contact us by email at privacy@example.com.', []],
    ['We diagnose technical problems quickly.', []],
  ])('%j → %j', (text, keys) => {
    expect(dataTypes(paragraphs({ text })).map((d) => d.key)).toEqual(keys);
  });

  it('marks sensitive kinds and cites paragraphs', () => {
    const found = dataTypes(paragraphs({ text: 'Intro.' }, { text: 'We collect biometric data.' }));
    expect(found).toEqual([{ key: 'biometric', name: 'Biometric data', sensitive: true, evidence: [1] }]);
  });
});
