import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  excludePatterns,
  normaliseSite,
  parseSettings,
  settingsFor,
  siteDisabled,
} from '../../src/settings.ts';

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
      memoryDays: -1,
    });
    expect(parsed).toEqual({
      autoAnnotate: false,
      hiddenLabels: ['Data Retention'],
      palette: 'okabe-ito',
      disabledSites: ['www.example.com', 'shop.example'],
      memoryDays: 180,
    });
  });

  it('keeps a valid stored value', () => {
    const stored = {
      autoAnnotate: true,
      hiddenLabels: [],
      palette: 'high-contrast',
      disabledSites: ['a.example'],
      memoryDays: 30,
    };
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

describe('what a site gets to know, and the first look', () => {
  const settings = { ...DEFAULT_SETTINGS, disabledSites: ['bank.example', 'mail.example'] };
  it.each([
    ['www.bank.example', ['www.bank.example']],
    ['shop.example', []],
  ])('a content script on %s learns only its own entry', (host, expected) => {
    expect(settingsFor(settings, host).disabledSites).toEqual(expected);
  });
  it('excludes switched-off sites and their subdomains from the first look', () => {
    expect(excludePatterns({ ...DEFAULT_SETTINGS, disabledSites: ['bank.example', '127.0.0.1'] })).toEqual([
      '*://bank.example/*',
      '*://*.bank.example/*',
      '*://127.0.0.1/*',
    ]);
  });
  it.each([
    [30, 30],
    [7, DEFAULT_SETTINGS.memoryDays],
    ['90', DEFAULT_SETTINGS.memoryDays],
    [0, 0],
  ])('memoryDays %j is read as %j', (stored, expected) => {
    expect(parseSettings({ memoryDays: stored }).memoryDays).toBe(expected);
  });
});
