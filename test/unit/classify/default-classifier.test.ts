import { describe, expect, it } from 'vitest';
import { defaultClassifier } from '../../../src/classify/default-classifier.ts';
import type { Label } from '../../../src/classify/labels.ts';

const predict = (text: string, heading = '') => defaultClassifier.predict({ text, heading });

describe('defaultClassifier on obvious paragraphs', () => {
  it.each<[string, Label]>([
    ['We share your information with advertisers.', 'Third Party Sharing/Collection'],
    ['We use SSL encryption to protect your data.', 'Data Security'],
    ['We retain your data for 30 days.', 'Data Retention'],
    ['We may change this privacy policy. We will notify you of material changes by email.', 'Policy Change'],
    ['We do not respond to Do Not Track signals from your browser.', 'Do Not Track'],
    ['Our service is not directed to children under 13.', 'International and Specific Audiences'],
    ['You can access, update or delete your account information at any time.', 'User Access, Edit and Deletion'],
    ['You may opt out of receiving marketing emails by clicking unsubscribe.', 'User Choice/Control'],
    ['We collect your name, email address and phone number when you register.', 'First Party Collection/Use'],
    ['If you have questions about this policy, contact us at privacy@example.com.', 'Other'],
  ])('%j → %s', (text, label) => {
    expect(predict(text).labels).toContain(label);
  });

  // False positives: text that must not get the label, including near misses of the rows above.
  it.each<[string, Label]>([
    ['We use SSL encryption to protect your data.', 'Data Retention'],
    ['We retain your data for 30 days.', 'Data Security'],
    ['We share your information with advertisers.', 'Do Not Track'],
    ['We collect your name, email address and phone number when you register.', 'Policy Change'],
    ['If you have questions about this policy, contact us at privacy@example.com.', 'Third Party Sharing/Collection'],
    ['Our store sells shoes, bags and accessories at great prices.', 'Third Party Sharing/Collection'],
    ['The weather in Paris is lovely in spring.', 'International and Specific Audiences'],
    ['We use cookies to track your activity on our site and remember your preferences.', 'Do Not Track'],
    ['We keep your information for as long as your account is active.', 'Data Security'],
  ])('%j ↛ %s', (text, label) => {
    expect(predict(text).labels).not.toContain(label);
  });

  it('assigns nothing to empty text', () => {
    expect(predict('').labels).toEqual([]);
    expect(predict('  \n ').labels).toEqual([]);
  });

  it('scores a heading without words exactly as the empty heading of training', () => {
    const text = 'We retain your data for 30 days.';
    expect(predict(text, ' – ')).toEqual(predict(text, ''));
  });

  it('names itself', () => {
    expect(defaultClassifier.id).toMatch(/^linear-hash-v\d+ \d{4}-\d{2}-\d{2}$/);
  });
});
