import { describe, expect, it } from 'vitest';
import { isHedged } from '../../../src/score/hedging.ts';

describe('isHedged', () => {
  it.each<['yes' | 'no', string, boolean]>([
    ['yes', 'We may sell your data.', true],
    ['yes', 'From time to time we share data with partners.', true],
    ['yes', 'We reserve the right to disclose your information.', true],
    ['yes', 'We sell your data.', false],
    ['yes', 'We share your email address with Stripe.', false],
    ['no', 'We do not share your data except with service providers.', true],
    ['no', 'We never disclose it unless required by law.', true],
    ['no', 'We do not share it without your consent.', true],
    ['no', 'We do not share your data.', false],
    ['no', 'We never sell your personal information to anyone.', false],
  ])('%s: %j → %s', (answer, sentence, hedged) => {
    expect(isHedged(answer, sentence)).toBe(hedged);
  });
});
