/**
 * Store zips of each build: dist/policy-lens-<browser>-<version>.zip. Files in sorted order with fixed timestamps,
 * so the same build gives the same zip.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string };
const EPOCH = new Date('2026-01-01T00:00:00Z');

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

for (const browser of ['chrome', 'firefox']) {
  const dir = join('dist', browser);
  const entries: Zippable = {};
  for (const path of files(dir)) entries[relative(dir, path)] = [readFileSync(path), { mtime: EPOCH }];
  const zip = zipSync(entries, { level: 9 });
  const out = join('dist', `policy-lens-${browser}-${manifest.version}.zip`);
  writeFileSync(out, zip);
  console.log(`${out}  ${(zip.length / 1024).toFixed(1)} KB`);
}
