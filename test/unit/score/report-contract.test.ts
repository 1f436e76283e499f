/**
 * The report contract of `analyze --json` → `scorecard.items[]` (README, "The report"): every item has exactly these
 * fields with these types, whatever the policy says. Tools read them; a change here is a change of contract.
 */
import { describe, expect, it } from 'vitest';
import { defaultClassifier } from '../../../src/classify/default-classifier.ts';
import { analyze } from '../../../src/pipeline.ts';
import type { Block } from '../../../src/types.ts';

const POLICY: Block[] = [
  'We do not sell your personal information.',
  'We share your information with service providers and advertising partners for targeted advertising.',
  'We retain your data for 30 days after you close your account.',
  'You can access and delete your data in your settings.',
  'We honor Global Privacy Control signals.',
  'We may use your content to train our machine learning models. You can opt out in your settings.',
  'We may collect your precise location. You can turn off location access in your device settings.',
].map((text) => ({ text, headings: ['Privacy Policy'], kind: 'paragraph' }));

const FIELDS = [
  'answer',
  'detail',
  'evidence',
  'exceptions',
  'finding',
  'hedged',
  'key',
  'outcome',
  'points',
  'question',
  'sentences',
  'verdict',
];

describe('scorecard.items[] in the JSON report', () => {
  const report = JSON.parse(JSON.stringify(analyze(POLICY, { classifier: defaultClassifier })));
  const items = report.scorecard.items as Record<string, unknown>[];

  it('has one item per question, each with exactly the contract fields', () => {
    expect(items).toHaveLength(20);
    for (const item of items) expect(Object.keys(item).sort()).toEqual(FIELDS);
  });

  it.each([
    'sells',
    'sellOrShare',
    'shares',
    'retention',
    'access',
    'gpc',
    'aiTraining',
    'aiOptOut',
    'sensitive',
    'sensitiveLimit',
  ])('%s: typed as the README says', (key) => {
    const item = items.find((i) => i.key === key) as Record<string, unknown>;
    expect(['yes', 'no', 'unclear']).toContain(item.answer);
    expect(typeof item.hedged).toBe('boolean');
    expect(typeof item.exceptions).toBe('boolean');
    expect(Array.isArray(item.evidence) && (item.evidence as unknown[]).every(Number.isInteger)).toBe(true);
    for (const s of item.sentences as Record<string, unknown>[])
      expect(Object.keys(s).sort()).toEqual(['end', 'paragraph', 'start', 'text']);
    if (key === 'retention') expect(['stated', 'limited', 'afterDeletion', 'indefinite']).toContain(item.outcome);
    else expect(item.outcome).toBeNull();
  });

  it('answers the sample as a reader would', () => {
    const answer = Object.fromEntries(items.map((i) => [i.key, i.answer]));
    expect(answer).toMatchObject({
      sells: 'no',
      sellOrShare: 'yes',
      shares: 'yes',
      access: 'yes',
      gpc: 'yes',
      aiTraining: 'yes',
      aiOptOut: 'yes',
      sensitive: 'yes',
      sensitiveLimit: 'yes',
    });
    expect(items.find((i) => i.key === 'retention')?.outcome).toBe('stated');
  });
});
