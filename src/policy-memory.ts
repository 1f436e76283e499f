/**
 * What Policy Lens remembers about a site's policy between visits: its grade and a fingerprint of each paragraph,
 * so that a later reading can say what is new. Fingerprints are hashes of the repaired text, never the text.
 * Whatever storage hands back is validated here before anything reads it: a damaged or foreign value is dropped.
 */
import type { Grade, Report } from './types.ts';

/** Bumped when the stored shape changes; entries of another version are dropped, not guessed at. */
export const MEMORY_VERSION = 1;
/** Paragraph fingerprints kept per policy: a page with more is remembered by its first ones. */
export const MAX_FINGERPRINTS = 3000;
const GRADES: readonly (Grade | null)[] = ['A', 'B', 'C', 'D', 'E', null];

export interface RememberedPolicy {
  href: string;
  grade: Grade | null;
  analysedAt: string;
  /** FNV-1a hashes of the policy paragraphs, in order. */
  digest: string[];
}

/** How an entry is stored: the digest as one string of 8-hex-digit hashes (less than half the bytes of a list). */
export interface StoredPolicy {
  v: typeof MEMORY_VERSION;
  href: string;
  grade: Grade | null;
  analysedAt: string;
  digest: string;
  /** When the reader last came back to the site, ms since the epoch (for forgetting the least recently used). */
  used: number;
}

/** 32-bit FNV-1a of whitespace-normalised, lower-cased text, as 8 hex digits. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text.replace(/\s+/g, ' ').trim().toLowerCase()) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function remember(href: string, report: Report, now: Date): RememberedPolicy {
  const digest = report.paragraphs.filter((p) => p.policyText).map((p) => fingerprint(p.cleanText));
  return { href, grade: report.scorecard.grade, analysedAt: now.toISOString(), digest };
}

/** Paragraph ids of `report` whose text was not in the remembered policy (empty when nothing was remembered). */
export function newSince(previous: RememberedPolicy | undefined, report: Report): number[] {
  if (!previous) return [];
  const known = new Set(previous.digest);
  return report.paragraphs.filter((p) => p.policyText && !known.has(fingerprint(p.cleanText))).map((p) => p.id);
}

export function toStored(policy: RememberedPolicy, used: number): StoredPolicy {
  const digest = policy.digest.slice(0, MAX_FINGERPRINTS).join('');
  return { v: MEMORY_VERSION, href: policy.href, grade: policy.grade, analysedAt: policy.analysedAt, digest, used };
}

/** When a stored entry was last used (0 when unknown or damaged). */
export const usedAt = (value: unknown): number => {
  const used = (value as { used?: unknown } | null)?.used;
  return typeof used === 'number' && Number.isFinite(used) ? used : 0;
};

const isWebAddress = (href: unknown): href is string =>
  typeof href === 'string' && href.length <= 2048 && /^https?:\/\//.test(href) && URL.canParse(href);

/** A valid remembered policy from a stored value, or undefined for anything damaged, foreign or of another version. */
export function fromStored(value: unknown): RememberedPolicy | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Record<keyof StoredPolicy, unknown>>;
  if (v.v !== MEMORY_VERSION || !isWebAddress(v.href) || !GRADES.includes(v.grade as Grade | null)) return undefined;
  if (typeof v.analysedAt !== 'string' || Number.isNaN(Date.parse(v.analysedAt))) return undefined;
  const digest = v.digest;
  if (typeof digest !== 'string' || digest.length > 8 * MAX_FINGERPRINTS || !/^(?:[0-9a-f]{8})*$/.test(digest))
    return undefined;
  return {
    href: v.href,
    grade: v.grade as Grade | null,
    analysedAt: new Date(v.analysedAt).toISOString(),
    digest: digest.match(/.{8}/g) ?? [],
  };
}

/** Entries of the first, unbounded layout (one object of all sites, digests as lists), for migrating them once. */
export function fromLegacy(value: unknown): RememberedPolicy | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { digest, ...rest } = value as { digest?: unknown };
  const joined = Array.isArray(digest) && digest.every((d) => typeof d === 'string') ? digest.join('') : null;
  return joined === null ? undefined : fromStored({ ...rest, v: MEMORY_VERSION, digest: joined, used: 0 });
}

/** Whether a new reading would store nothing the remembered one does not already say (a re-read, not a change). */
export function sameReading(a: RememberedPolicy | undefined, b: RememberedPolicy): boolean {
  return Boolean(a && a.href === b.href && a.grade === b.grade && a.digest.join() === b.digest.join());
}
