/** The content scripts as shipped: bytes minified, and gzipped (what a store download and the disk cache hold). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../lib/browsers.ts';

interface Size {
  bytes: number;
  gzip: number;
}

function size(file: string): Size {
  const code = readFileSync(file);
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The full content script, and the first look that every page gets with automatic annotation. */
export function bundleSize(target: 'chrome' | 'firefox' = 'chrome'): Size & { firstLook: Size } {
  return {
    ...size(join(DIST, target, 'content/index.js')),
    firstLook: size(join(DIST, target, 'content/first-look.js')),
  };
}
