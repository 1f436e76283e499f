import { describe, expect, it } from 'vitest';
import { evictions, MEMORY_LIMITS, type MemoryIndex, parseIndex, siteOf } from '../../src/memory-index.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const FOREVER = 10_000 * DAY;

describe('siteOf', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['a.b.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['shop.example.co.uk', 'example.co.uk'],
    ['s1.evil.localhost', 'evil.localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    // False-positive row: a short second-level label under a long TLD is not a public suffix pattern.
    ['www.abc.shop', 'abc.shop'],
  ])('%s belongs to %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });
});

describe('parseIndex', () => {
  it('keeps well-formed rows and drops the rest', () => {
    const index = parseIndex({ 'a.com': { used: 1, bytes: 2 }, 'b.com': { used: 'x', bytes: 2 }, 'c.com': null });
    expect(Object.keys(index)).toEqual(['a.com']);
    expect(parseIndex('junk')).toEqual({});
  });
});

/** Remembers `hosts` in order, one a minute, as the background does, and returns what stays. */
function rememberAll(hosts: string[], limits = MEMORY_LIMITS, bytes = 500): MemoryIndex {
  const index: MemoryIndex = {};
  hosts.forEach((host, i) => {
    index[host] = { used: NOW + i * 60_000, bytes };
    for (const gone of evictions(index, host, limits, NOW + i * 60_000, FOREVER)) delete index[gone];
  });
  return index;
}

describe('evictions', () => {
  // The shipped caps divided by ten, so the test runs in a moment: twice as many sites as the store may keep.
  const SMALL = { entries: MEMORY_LIMITS.entries / 10, bytes: MEMORY_LIMITS.bytes / 10, perSite: 3 };
  it.each([
    ['entries', 300],
    ['bytes', 1700],
  ])('keeps twice as many sites as fit under both caps, forgetting the least recently used (%s bind)', (_, size) => {
    const hosts = Array.from({ length: 2 * SMALL.entries }, (_, i) => `site-${i}.example`);
    const index = rememberAll(hosts, SMALL, size);
    const kept = Object.keys(index);
    const bytes = Object.values(index).reduce((s, r) => s + r.bytes, 0);
    expect(bytes).toBeLessThanOrEqual(SMALL.bytes);
    expect(kept.length).toBeLessThanOrEqual(SMALL.entries);
    expect(kept).toContain(`site-${hosts.length - 1}.example`);
    expect(kept).not.toContain('site-0.example');
  });

  it('a site stepping through its own subdomains only replaces its own entries', () => {
    const index = rememberAll(['bank.com', ...Array.from({ length: 50 }, (_, i) => `s${i}.evil.com`)]);
    expect(Object.keys(index).filter((h) => h.endsWith('evil.com'))).toHaveLength(MEMORY_LIMITS.perSite);
    expect(index['bank.com']).toBeDefined();
  });

  it('forgets entries unused for longer than the reader keeps them, never the one just written', () => {
    const index: MemoryIndex = {
      old: { used: NOW - 200 * DAY, bytes: 10 },
      recent: { used: NOW - DAY, bytes: 10 },
      fresh: { used: NOW - 300 * DAY, bytes: 10 },
    };
    expect(evictions(index, 'fresh', MEMORY_LIMITS, NOW, 180 * DAY)).toEqual(['old']);
  });
});
