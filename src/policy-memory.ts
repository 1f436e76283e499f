/**
 * What Policy Lens remembers about a site's policy between visits: its grade and a fingerprint of each paragraph,
 * so that a later reading can say what is new. Fingerprints are hashes of the repaired text, never the text.
 */
import type { Grade, Report } from './types.ts';

export interface RememberedPolicy {
  href: string;
  grade: Grade | null;
  analysedAt: string;
  /** FNV-1a hashes of the policy paragraphs, in order. */
  digest: string[];
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
