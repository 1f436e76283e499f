/**
 * Writes the units this project labels itself (issue #11) to artifacts/labelling/batch-<n>.jsonl, for annotators
 * following ../shared/datasets/modern/GUIDE-units.md. The texts stay out of the repository; the labels go to
 * data/modern-labels/batch-<n>.jsonl by id and fingerprint (scripts/lib/extra-units.ts rebuilds the texts).
 * Usage: npx tsx scripts/make-label-units.ts [policies=60] [perPolicy=30] [batches=4] [round=1]
 * Round 2 takes the policies halfway between round 1's, and numbers its batches after round 1's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eligiblePolicies, extraUnits } from './lib/extra-units.ts';
import { repoRoot } from './lib/opp115.ts';

export const LABEL_SEED = 2026;

const [policies = 60, perPolicy = 30, batches = 4, round = 1] = process.argv.slice(2).map(Number);
const eligible = eligiblePolicies();
// Every k-th eligible policy, so the sample spans the alphabet (and so the kinds of service) evenly.
const step = eligible.length / policies;
const offset = round === 1 ? 0 : step / 2;
const chosen = Array.from({ length: policies }, (_, i) => eligible[Math.floor(i * step + offset)]).filter(
  (p) => p !== undefined,
);
const dir = path.join(repoRoot, 'artifacts', 'labelling');
mkdirSync(dir, { recursive: true });
const perBatch = Math.ceil(chosen.length / batches);
for (let b = 0; b < batches; b++) {
  const units = extraUnits(chosen.slice(b * perBatch, (b + 1) * perBatch), perPolicy, LABEL_SEED);
  const file = path.join(dir, `batch-${(round - 1) * batches + b + 1}.jsonl`);
  writeFileSync(
    file,
    units.map((u) => JSON.stringify({ id: u.id, service: u.service, heading: u.heading, text: u.text })).join('\n') +
      '\n',
  );
  console.log(`${file}: ${units.length} units of ${new Set(units.map((u) => u.slug)).size} policies`);
}
