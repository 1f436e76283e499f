/**
 * Three layers, one runner: engine unit tests in Node, DOM tests of content/ and popup/ on linkedom, and end-to-end
 * tests of the built extension in real Chromium and Firefox (run `npm run build` first; `npm test` does).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tooltip imports its CSS as a string (`?inline`); tests must see the real string, not a stub.
    css: true,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'dom', include: ['test/dom/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
