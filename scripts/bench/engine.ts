/**
 * Engine throughput in Node: `analyze` (segment, repair, sentences, classify, flags, score) against compromise's
 * bare tokeniser (`compromise/one`) over the same text, the OPP-115 originals read by the content script's own
 * extraction (on linkedom: the parser does not matter here, only that both see the same text). Best of three, each
 * run with a classifier of its own: the model memoises paragraphs it has judged (a changing page costs little), and a
 * reused one would time the memo, not the engine.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise/one';
import { parseHTML } from 'linkedom';
import { extractBlocks } from '../../content/extract-blocks.ts';
import weights from '../../model/policy-lens-linear.json' with { type: 'json' };
import { createLinearClassifier, type LinearWeights } from '../../src/classify/linear-model.ts';
import { analyze } from '../../src/pipeline.ts';
import type { Block } from '../../src/types.ts';
import { decode } from '../lib/read-document.ts';

const MODEL = resolve(import.meta.dirname, '../../model/policy-lens-linear.json');

export interface EngineFigures {
  pages: number;
  characters: number;
  analyzeMs: number;
  tokenizeMs: number;
  /** Per page, ms. */
  analyzeMedian: number;
  analyzeWorst: number;
  /** Paragraphs the engine judged over all pages (one run). */
  paragraphs: number;
  /** The largest page (most characters): its name, paragraphs and ms. */
  largest: { file: string; paragraphs: number; ms: number };
  /** The model weights file as bundled. */
  modelBytes: number;
}

function best(times: number, run: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

export function benchEngine(dir: string, files: readonly string[]): EngineFigures {
  const pages: Block[][] = files.map((f) => {
    const { document } = parseHTML(decode(readFileSync(join(dir, f))));
    return extractBlocks((document.body ?? document.documentElement) as unknown as Element).blocks;
  });
  const texts = pages.map((blocks) => blocks.map((b) => b.text).join('\n'));
  const fresh = () => ({ classifier: createLinearClassifier(weights as LinearWeights) });
  let analyzeMs = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const options = fresh();
    analyzeMs = Math.min(
      analyzeMs,
      best(1, () => {
        for (const blocks of pages) analyze(blocks, options);
      }),
    );
  }
  const tokenizeMs = best(3, () => {
    for (const text of texts) nlp.tokenize(text);
  });
  const times = pages.map((blocks) => {
    const options = fresh();
    return best(1, () => analyze(blocks, options));
  });
  const each = [...times].sort((a, b) => a - b);
  const counts = pages.map((blocks) => analyze(blocks, fresh()).paragraphs.length);
  const largest = texts.reduce((top, text, i) => (text.length > (texts[top]?.length ?? 0) ? i : top), 0);
  return {
    pages: pages.length,
    characters: texts.reduce((n, t) => n + t.length, 0),
    analyzeMs,
    tokenizeMs,
    analyzeMedian: each[each.length >> 1] ?? 0,
    analyzeWorst: each.at(-1) ?? 0,
    paragraphs: counts.reduce((n, c) => n + c, 0),
    largest: { file: files[largest] ?? '', paragraphs: counts[largest] ?? 0, ms: times[largest] ?? 0 },
    modelBytes: statSync(MODEL).size,
  };
}
