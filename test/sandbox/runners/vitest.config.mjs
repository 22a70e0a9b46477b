// vitest for test/sandbox/runners/ only (the repository's own suites run under jest):
//   npx vitest run --config test/sandbox/runners/vitest.config.mjs
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite's cache goes to the temp directory, not into a node_modules folder beside the tests.
  cacheDir: join(tmpdir(), 'sipgateio-sdk-vitest'),
  test: { root: dirname(fileURLToPath(import.meta.url)), include: ['*.vitest.mjs'], watch: false },
});
