/**
 * Units of current policies for labelling by this project (issue #11): paragraphs of `../shared/corpus/modern/policies/`
 * as the engine reads them (Markdown blocks → `toParagraphs`), sampled per policy with a fixed seed. The texts are
 * never stored in the repository: labels in `data/modern-labels/` name a unit by id and the fingerprint of its text,
 * and this module rebuilds the units from the shared corpus.
 *
 * Policies are chosen to keep evaluation honest: English only; none of the 45 services of the shared labelled set
 * (train or valid); none whose text overlaps a `valid` policy, X (answered in `policies-valid.jsonl`) or a seed
 * (shingle Jaccard ≥ 0.15: Google's policy is YouTube's, for one) or is another policy of a valid service's company
 * (amazon-web-services, youtube-kids); none of the services of `corpus/modern-pages/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprint } from '../../src/policy-memory.ts';
import { markdownToBlocks } from '../../src/segment/markdown-blocks.ts';
import { toParagraphs } from '../../src/segment/paragraphs.ts';
import { datasetsDir } from './opp115.ts';

export interface ExtraUnit {
  id: string;
  slug: string;
  service: string;
  heading: string;
  text: string;
  /** Fingerprint of `text` (FNV-1a, src/policy-memory.ts): a label applies only to the text it was given for. */
  fp: string;
}

const corpus = () => path.resolve(datasetsDir(), '../corpus');
const policyText = (slug: string) => readFileSync(path.join(corpus(), 'modern/policies', `${slug}.md`), 'utf8');

/** Word 5-gram shingles of a text, hashed. */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(fingerprint(words.slice(i, i + 5).join(' ')));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The slugs eligible for labelling, in a fixed order. */
export function eligiblePolicies(): { slug: string; service: string }[] {
  const index = readFileSync(path.join(corpus(), 'modern/index.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { slug: string; service: string; language: string });
  const units = readFileSync(path.join(datasetsDir(), 'modern/units.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; split: string });
  const labelled = new Set(units.map((u) => u.id.replace(/-\d+$/, '')));
  const validSlugs = [...new Set(units.filter((u) => u.split === 'valid').map((u) => u.id.replace(/-\d+$/, '')))];
  const pages = new Set(
    readdirSync(path.join(corpus(), 'modern-pages'))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.replace(/\.md$/, '')),
  );
  const seeds = readdirSync(path.join(corpus(), 'seeds')).map((f) =>
    readFileSync(path.join(corpus(), 'seeds', f), 'utf8'),
  );
  const guarded = [...validSlugs, 'x'].map(policyText).concat(seeds).map(shingles);
  // Another policy of a valid service's company (amazon-web-services, youtube-kids) stays out whatever its overlap.
  const validBrands = validSlugs.map((slug) => slug.replace(/^the-/, '').split('-')[0] as string);
  const sameBrand = (slug: string) => validBrands.some((brand) => slug.replace(/^the-/, '').split('-')[0] === brand);
  return index
    .filter((p) => p.language === 'en' && !labelled.has(p.slug) && p.slug !== 'x' && !pages.has(p.slug))
    .filter((p) => !sameBrand(p.slug))
    .filter((p) => {
      const own = shingles(policyText(p.slug));
      return guarded.every((other) => jaccard(own, other) < 0.15);
    })
    .map(({ slug, service }) => ({ slug, service }));
}

/** `perPolicy` units of each of `policies`, sampled with `seed`, in policy order. */
export function extraUnits(
  policies: readonly { slug: string; service: string }[],
  perPolicy: number,
  seed: number,
): ExtraUnit[] {
  const out: ExtraUnit[] = [];
  for (const { slug, service } of policies) {
    const paragraphs = toParagraphs(markdownToBlocks(policyText(slug))).filter((p) => p.text.trim().length > 1);
    const next = random(seed ^ Number.parseInt(fingerprint(slug), 16));
    const chosen = shuffled(paragraphs, next)
      .slice(0, perPolicy)
      .sort((a, b) => a.id - b.id);
    for (const p of chosen)
      out.push({
        id: `${slug}-${String(p.id).padStart(3, '0')}`,
        slug,
        service,
        heading: p.heading,
        text: p.text,
        fp: fingerprint(p.text),
      });
  }
  return out;
}
