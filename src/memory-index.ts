/**
 * The bounds on what Policy Lens remembers, kept in a small index beside the per-site entries: when each site was
 * last used and how many bytes its entry takes. Pure: the background's store asks it which sites to forget.
 *
 *   remember(host) ─▶ index[host] = { used: now, bytes } ─▶ evictions(): expired, then over the per-site cap,
 *                                                          then least recently used until under both caps
 */

export interface MemoryLimits {
  /** Sites remembered at most. */
  entries: number;
  /** Bytes of entries at most (with the index, under 4 MB): storage.local holds 10 MB in Chromium, settings too. */
  bytes: number;
  /** Hosts of one site (a.example.com, b.example.com…) remembered at most: stepping through subdomains fills nothing. */
  perSite: number;
}

export const MEMORY_LIMITS: MemoryLimits = { entries: 5000, bytes: 3_600_000, perSite: 3 };

export interface IndexEntry {
  /** When the entry was last remembered or recalled, ms since the epoch. */
  used: number;
  bytes: number;
}

export type MemoryIndex = Record<string, IndexEntry>;

/** The index from storage; malformed rows are left out (their entries are then never recalled, and get replaced). */
export function parseIndex(stored: unknown): MemoryIndex {
  const index: MemoryIndex = Object.create(null);
  if (typeof stored !== 'object' || stored === null) return index;
  for (const [host, row] of Object.entries(stored)) {
    const { used, bytes } = (row ?? {}) as Partial<IndexEntry>;
    if (Number.isFinite(used) && Number.isFinite(bytes)) index[host] = { used: used as number, bytes: bytes as number };
  }
  return index;
}

/**
 * The site a host belongs to, for the per-site cap: its last two labels, or three under a short second-level label
 * ("shop.example.co.uk" → "example.co.uk"). An approximation of the registrable domain without the suffix list;
 * for an address literal, the address itself.
 */
export function siteOf(host: string): string {
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host;
  const labels = host.split('.');
  const take = labels.length >= 3 && (labels.at(-2)?.length ?? 0) <= 3 && (labels.at(-1)?.length ?? 0) === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Once over a cap, the store is brought down to this share of it, so that eviction (a sort) is rare. */
const HEADROOM = 0.95;

/** Hosts to forget so that `index` (which already holds `keep`, just used) is within `limits` and `maxAgeMs`. */
export function evictions(
  index: MemoryIndex,
  keep: string,
  limits: MemoryLimits,
  now: number,
  maxAgeMs: number,
): string[] {
  const rows = Object.entries(index);
  const drop = new Set(rows.filter(([host, row]) => host !== keep && now - row.used > maxAgeMs).map(([host]) => host));
  const site = siteOf(keep);
  const sameSite = rows
    .filter(([host]) => host !== keep && host.endsWith(site) && !drop.has(host) && siteOf(host) === site)
    .sort(([, a], [, b]) => a.used - b.used);
  for (const [host] of sameSite.slice(0, Math.max(0, sameSite.length + 1 - limits.perSite))) drop.add(host);
  let count = rows.length - drop.size;
  let bytes = rows.reduce((sum, [host, row]) => sum + (drop.has(host) ? 0 : row.bytes), 0);
  if (count <= limits.entries && bytes <= limits.bytes) return [...drop];
  const [maxCount, maxBytes] = [limits.entries * HEADROOM, limits.bytes * HEADROOM];
  for (const [host, row] of rows.sort(([, a], [, b]) => a.used - b.used)) {
    if (count <= maxCount && bytes <= maxBytes) break;
    if (host === keep || drop.has(host)) continue;
    drop.add(host);
    count--;
    bytes -= row.bytes;
  }
  return [...drop];
}
