/** The content script as shipped: bytes minified, and gzipped (what a store download and the disk cache hold). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../lib/browsers.ts';

export function bundleSize(target: 'chrome' | 'firefox' = 'chrome'): { bytes: number; gzip: number } {
  const code = readFileSync(join(DIST, target, 'content/index.js'));
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
