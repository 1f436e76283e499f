/**
 * One build per browser: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
 * crxjs rewrites `background` for the target. The content script is injected with scripting.executeScript /
 * registerContentScripts (imported as `?script&iife`), built as one self-contained IIFE: no web-accessible loader
 * chunks that pages could probe.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/**
 * crxjs declares `?script` files web-accessible to every site, for loaders that pages fetch. Our content script is
 * a self-contained IIFE injected by the scripting API, which needs no such entry; left in, it would let any page
 * detect the extension by fetching the file.
 */
function noWebAccessibleContentScript(): Plugin {
  return {
    name: 'policy-lens:no-web-accessible-content-script',
    enforce: 'post',
    writeBundle(options) {
      const file = join(options.dir ?? '', 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      const kept = (manifest.web_accessible_resources ?? []).filter(
        (entry: { resources: string[] }) => !entry.resources.every((r) => r.startsWith('content/')),
      );
      if (kept.length) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
      pruneUnreferencedChunks(options.dir ?? '');
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * crxjs also emits a module copy of a `?script&iife` file, which nothing loads (the IIFE is what gets injected).
 * Deletes every JS chunk under assets/ that no other shipped file names, so the package carries no dead code; and
 * again, until none is left, for chunks that only the deleted copies shared.
 */
function pruneUnreferencedChunks(dir: string): void {
  const all = filesUnder(dir);
  const texts = new Map(all.filter((f) => /\.(js|html|json|css)$/.test(f)).map((f) => [f, readFileSync(f, 'utf8')]));
  for (let pruned = true; pruned; ) {
    pruned = false;
    for (const chunk of [...texts.keys()].filter((f) => f.includes('/assets/') && f.endsWith('.js'))) {
      const name = basename(chunk);
      const used = [...texts].some(([other, text]) => other !== chunk && text.includes(name));
      if (used) continue;
      rmSync(chunk);
      texts.delete(chunk);
      pruned = true;
    }
  }
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({
        manifest: structuredClone(manifest) as Parameters<typeof crx>[0]['manifest'],
        browser,
        contentScripts: { standaloneFiles: ['content/index.ts', 'content/first-look.ts'] },
      }),
      noWebAccessibleContentScript(),
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      sourcemap: false,
    },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
