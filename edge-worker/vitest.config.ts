import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Each file starts its own workerd; on a 2-core machine that takes a few seconds under load.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
