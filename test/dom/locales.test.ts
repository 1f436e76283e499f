/** Every locale carries the same messages as English, and every message the UI asks for exists. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES = path.join(root, '_locales');

type Messages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;
const load = (locale: string) =>
  JSON.parse(readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8')) as Messages;
const english = load('en');
const locales = readdirSync(LOCALES).filter((d) => d !== 'en');

/** Files that may call t('…'), with the keys they use. */
function usedKeys(dir: string, pattern: RegExp): [string, string][] {
  return readdirSync(path.join(root, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) =>
      [...readFileSync(path.join(root, dir, f), 'utf8').matchAll(pattern)].map((m): [string, string] => [
        `${dir}/${f}`,
        m[1] ?? '',
      ]),
    );
}

describe('_locales', () => {
  it('has English', () => {
    expect(Object.keys(english).length).toBeGreaterThan(5);
  });

  // A guard for when translations arrive (only English exists today).
  it('every other locale has exactly the English keys', () => {
    const keys = Object.keys(english).sort();
    const mismatched = locales.filter((l) => JSON.stringify(Object.keys(load(l)).sort()) !== JSON.stringify(keys));
    expect(mismatched).toEqual([]);
  });

  it.each(Object.entries(english))('en %s: non-empty, and every $PLACEHOLDER$ is declared', (_key, entry) => {
    expect(entry.message.trim()).not.toBe('');
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
    expect(used.sort()).toEqual(
      Object.keys(entry.placeholders ?? {})
        .map((k) => k.toLowerCase())
        .sort(),
    );
  });

  const popupKeys = usedKeys('popup', /\bt\(\s*['"]([A-Za-z0-9_]+)['"]/g);
  it('finds t() calls in the popup', () => {
    expect(popupKeys.length).toBeGreaterThan(10);
  });
  it.each(popupKeys)('%s: t(%j) exists in en', (_file, key) => {
    expect(english).toHaveProperty([key]);
  });

  const manifestKeys = [
    ...readFileSync(path.join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_@]+)__/g),
  ].map((m) => m[1] ?? '');
  it.each(manifestKeys)('manifest.json: __MSG_%s__ exists in en', (key) => {
    expect(english).toHaveProperty([key]);
  });
});
