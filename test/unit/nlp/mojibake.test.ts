import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/nlp/mojibake';

/** Encodes text as UTF-8 and decodes it as Windows-1252/Latin-1, the way a misconfigured page does. */
function garble(text: string, keepC1: boolean): string {
  const cp1252 = new TextDecoder('windows-1252');
  const bytes = new TextEncoder().encode(text);
  return keepC1 ? String.fromCharCode(...bytes) : cp1252.decode(bytes);
}

describe('repairMojibake', () => {
  it.each([
    ['donâ€™t', 'don’t'],
    ['cafÃ©', 'café'],
    ['â€œPrivacy Policyâ€\u009d', '“Privacy Policy”'],
    ['â€œPrivacy Policyâ€ applies', '“Privacy Policy” applies'],
    ['priceÂ\u00a0list', 'price\u00a0list'],
    ['Â copyright', ' copyright'],
    ['Ã¢â‚¬â„¢', '’'],
  ])('repairs %j', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it.each([
    ['don’t “quoted” — ok'],
    ['Le château, la pâte et l’âge'],
    ['Très élégant à Noël'],
    ['ÂÃ'],
    ['é–“ stays'],
  ])('leaves correct text alone: %j', (clean) => {
    expect(repairMojibake(clean)).toBe(clean);
  });

  it('round-trips both the Windows-1252 and the surviving-C1 variants', () => {
    const original = 'We’re “Weights & Biases” — café, naïve, 😀.';
    expect(repairMojibake(garble(original, false))).toBe(original);
    expect(repairMojibake(garble(original, true))).toBe(original);
  });

  it('repairs the stripped-C1 variant of wandb.txt', () => {
    const input = '(âWeights and Biases,â âwe,â or âourâ) and the computerâs thirdâparty cookies.';
    expect(repairMojibake(input)).toBe(
      '(“Weights and Biases,” “we,” or “our”) and the computer’s third-party cookies.',
    );
  });

  it('does not apply the stripped-C1 repair to French text', () => {
    const french = 'Âge et château: la pâte, âme.';
    expect(repairMojibake(french)).toBe(french);
  });

  it('returns the same string when clean', () => {
    const clean = 'Plain ASCII policy text.';
    expect(repairMojibake(clean)).toBe(clean);
  });
});
