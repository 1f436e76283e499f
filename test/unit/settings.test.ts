import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSite, parseSettings, siteDisabled } from '../../src/settings.ts';

describe('parseSettings', () => {
  it.each([
    ['nothing stored', undefined],
    ['not an object', 'yes'],
    ['null', null],
    ['an empty object', {}],
  ])('falls back to the defaults for %s', (_, stored) => {
    expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps well-formed fields and repairs the rest, field by field', () => {
    const parsed = parseSettings({
      autoAnnotate: 'true',
      hiddenLabels: ['Data Retention', 'Not A Label', 7],
      palette: 'neon',
      disabledSites: ['https://WWW.Example.com/privacy', '', 42, 'shop.example'],
    });
    expect(parsed).toEqual({
      autoAnnotate: false,
      hiddenLabels: ['Data Retention'],
      palette: 'okabe-ito',
      disabledSites: ['www.example.com', 'shop.example'],
    });
  });

  it('keeps a valid stored value', () => {
    const stored = { autoAnnotate: true, hiddenLabels: [], palette: 'high-contrast', disabledSites: ['a.example'] };
    expect(parseSettings(stored)).toEqual(stored);
  });
});

describe('sites where Policy Lens stays off', () => {
  it.each([
    ['Example.com', 'example.com'],
    ['https://shop.example/privacy?x=1', 'shop.example'],
    ['  news.example  ', 'news.example'],
    ['', ''],
    ['not a host name at all', ''],
  ])('normaliseSite(%j) → %j', (input, expected) => {
    expect(normaliseSite(input)).toBe(expected);
  });

  it.each([
    ['example.com', true],
    ['www.example.com', true],
    ['deep.sub.example.com', true],
    ['notexample.com', false],
    ['example.com.evil.test', false],
  ])('example.com listed: %s is off → %s', (host, expected) => {
    expect(siteDisabled({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }, host)).toBe(expected);
  });
});
