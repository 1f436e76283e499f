/**
 * The hand-written pages of the detection set, read the way the CLI reads them (jsdom, the content script's own
 * signal reader): each hard case keeps its verdict, each policy's language is named (the fixture's `lang`; Polish is
 * one detection does not name), and every policy passes the first look's cheap conditions (may-be-policy.ts), which
 * decide whether detection runs at all. `npm run eval:detect` runs the whole set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mayMention } from '../../../content/page-signals.ts';
import { readDocument, savedFromUrl } from '../../../scripts/lib/read-document.ts';
import { detectPolicy } from '../../../src/detect/is-policy.ts';
import { mayBeNamed, NAME_WORDS, SELF_WORDS } from '../../../src/detect/may-be-policy.ts';

const DIR = resolve(import.meta.dirname, '../../fixtures/detect');
const NAMED = new Set(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt']);
const written = (sub: string, expected: boolean) =>
  readdirSync(join(DIR, sub))
    .filter((f) => f.startsWith('written-'))
    .map((f): [string, boolean] => [join(sub, f), expected]);

describe('detection on the hand-written fixtures', () => {
  const cases = [...written('positives', true), ...written('negatives', false)];

  it('has hard cases of both kinds', () => {
    expect(cases.filter(([, e]) => e).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter(([, e]) => !e).length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s → %s', (file, expected) => {
    const html = readFileSync(join(DIR, file), 'utf8');
    const detection = detectPolicy(readDocument(join(DIR, file)).signals);
    expect(detection.isPolicy).toBe(expected);
    const lang = /<html lang="(\w+)/.exec(html)?.[1] ?? 'en';
    expect(detection.language.code).toBe(NAMED.has(lang) ? lang : 'und');
  });

  it.each(written('positives', true))('%s passes the first look', (file) => {
    const html = readFileSync(join(DIR, file), 'utf8');
    const { document } = new JSDOM(html, {
      url: savedFromUrl(html) ?? 'https://example.com/',
      virtualConsole: new VirtualConsole(),
    }).window;
    const may =
      mayBeNamed([document.location.href, document.title]) || mayMention(document.body, NAME_WORDS, SELF_WORDS);
    expect(may).toBe(true);
  });
});
