import { describe, expect, it } from 'vitest';
import type { Label } from '../../../src/classify/labels.ts';
import { extractFlags } from '../../../src/nlp/flags';
import { splitSentences } from '../../../src/nlp/sentences';
import type { Flags } from '../../../src/types.ts';

const flags = (text: string, labels: Label[] = []): Flags => extractFlags(text, splitSentences(text), labels);

describe('negated', () => {
  it.each([
    ['We do not share your personal information with third parties.', true],
    ['We will never sell your data.', true],
    ["We don't collect location data.", true],
    ['No personal information is shared with advertisers.', true],
    ['Your e-mail address is not disclosed to third parties.', true],
    ['We do not knowingly collect information from children under 13.', true],
    // false positives to avoid
    ['Please do not hesitate to contact us with questions.', false],
    ['If you do not want us to share your data, you can opt out.', false],
    ['You can choose not to provide your e-mail address.', false],
    ['We cannot guarantee the security of your data.', false],
    ['We do not respond to Do Not Track signals.', false],
    ['Do not disclose your password to anyone.', false],
    ['We do not control these third parties or the information they collect.', false],
    ['We share data with partners, including but not limited to advertisers.', false],
  ])('%j → %s', (text, expected) => {
    expect(flags(text).negated).toBe(expected);
  });
});

describe('sells', () => {
  it.each([
    ['We do not sell, rent or trade your personal information.', 'does_not'],
    ['We will never sell your data to anyone.', 'does_not'],
    ['We do not sell your personal information, except as described below.', 'does_not'],
    ['Under no circumstances will the collected data be sold to third parties.', 'does_not'],
    ['We may sell your contact details to marketing partners.', 'does'],
    ['We may rent or sell your e-mail address to other companies.', 'does'],
    ['Your information may be sold to third parties.', 'does'],
    ['We share your information with partners in exchange for money.', 'does'],
    // false positives to avoid
    ['We collect information about the products we sell.', null],
    ['If you purchase a product sold through our store, we collect your address.', null],
    ['We exhibit at trade shows and collect business cards and contact information.', null],
    ['If we sell our business, your information may be transferred to the buyer.', null],
    ['Sellers on our marketplace receive your shipping information.', null],
    ['Visit the Federal Trade Commission website for more information.', null],
    ['Products are sold through our store; we use your data to ship them.', null],
    ['You may not resell access to the service or its data.', null],
    ['We share your information with service providers.', null],
  ])('%j → %s', (text, expected) => {
    expect(flags(text).sells).toBe(expected);
  });
});

describe('retention', () => {
  it.each([
    ['We retain server logs for 30 days.', 'stated', '30 days'],
    ['Your data is deleted after two (2) years of inactivity.', 'stated', 'two (2) years'],
    ['We keep your account information for twenty-four months.', 'stated', 'twenty-four months'],
    ['We retain personal data only as long as necessary to provide the service.', 'limited', null],
    ['We keep your information for as long as your account is active.', 'limited', null],
    ['We may retain your information indefinitely.', 'indefinite', null],
    ['Backups of your data are stored permanently.', 'indefinite', null],
    // false positives to avoid
    ['We will respond to your request within 30 days.', null, null],
    ['Changes take effect 30 days after we post them.', null, null],
    ['We keep you informed as long as you subscribe.', null, null],
    ['You can permanently delete your account at any time.', null, null],
    ['On request your data will be permanently expunged from our servers.', null, null],
    ['We retain the right to change this policy.', null, null],
    ['Cookies expire after 30 days.', null, null],
  ])('%j → %s', (text, retention, period) => {
    const result = flags(text);
    expect([result.retention, result.retentionPeriod]).toEqual([retention, period]);
  });

  it('counts a cookie lifetime only in a Data Retention paragraph', () => {
    expect(flags('Cookies expire after 30 days.', ['Data Retention']).retentionPeriod).toBe('30 days');
  });

  it('prefers a stated period over "as long as necessary" in the same paragraph', () => {
    const text = 'We keep data as long as necessary. Logs are deleted after 90 days.';
    expect(flags(text)).toEqual({
      negated: false,
      sells: null,
      retention: 'stated',
      retentionPeriod: '90 days',
    });
  });
});

describe('extractFlags', () => {
  it('judges the whole text when no sentences are given', () => {
    expect(extractFlags('We never sell your data.', [], []).sells).toBe('does_not');
  });

  it('returns the empty flags for empty text', () => {
    expect(flags('')).toEqual({ negated: false, sells: null, retention: null, retentionPeriod: null });
  });
});
