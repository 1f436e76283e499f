/**
 * Reads OPP-115 (Wilson et al., ACL 2016) from the shared datasets folder — never from a copy in the repository.
 * Labels are the majority categories; Advertising is derived from any category's `Purpose: Advertising` attribute.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLabel, type Label, OPP_CATEGORIES, type OppCategory } from '../../src/classify/labels.ts';

export type Split = 'train' | 'valid' | 'test';

export interface Segment {
  policyId: number;
  segmentId: number;
  split: Split;
  text: string;
  /** Majority categories plus the derived Advertising label. */
  labels: Label[];
  /** Per category, the share of the three annotators who gave it (0, 1/3, 2/3, 1). */
  votes: Partial<Record<OppCategory, number>>;
}

interface RawSegment {
  policy_id: number;
  segment_id: number;
  split: Split;
  text: string;
  categories: string[];
  category_votes: Record<string, number>;
  attributes: Record<string, Record<string, string[]>>;
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `$POLICY_LENS_DATASETS`, else `../shared/datasets` beside the repository. */
export function datasetsDir(): string {
  return process.env.POLICY_LENS_DATASETS ?? path.resolve(repoRoot, '../shared/datasets');
}

function isAdvertising(raw: RawSegment): boolean {
  return Object.values(raw.attributes).some((attributes) => attributes.Purpose?.includes('Advertising') ?? false);
}

function toSegment(raw: RawSegment): Segment {
  const labels: Label[] = raw.categories.filter(isLabel);
  if (isAdvertising(raw)) labels.push('Advertising');
  const votes: Partial<Record<OppCategory, number>> = {};
  for (const category of OPP_CATEGORIES) {
    const count = raw.category_votes[category];
    if (count !== undefined) votes[category] = Math.min(count, 3) / 3;
  }
  return {
    policyId: raw.policy_id,
    segmentId: raw.segment_id,
    split: raw.split,
    text: raw.text,
    labels,
    votes,
  };
}

/** Every OPP-115 segment, in file order (policy, then segment). */
export function readSegments(dir = datasetsDir()): Segment[] {
  const file = path.join(dir, 'opp115', 'segments.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => toSegment(JSON.parse(line) as RawSegment));
}

export function bySplit(segments: Segment[], split: Split): Segment[] {
  return segments.filter((segment) => segment.split === split);
}
