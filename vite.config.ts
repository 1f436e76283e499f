/**
 * One build per browser: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
 * crxjs rewrites `background` for the target; the content script is built as one self-contained IIFE so it needs
 * no web-accessible loader chunks that pages could probe.
 */
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({
        manifest: structuredClone(manifest) as Parameters<typeof crx>[0]['manifest'],
        browser,
        contentScripts: { standaloneFiles: ['content/index.ts'] },
      }),
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
