import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The command the test launcher's own tests hand it: a suite of its own, outside the package's test run.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { include: ['*.probe.ts'], testTimeout: 60_000 },
});
