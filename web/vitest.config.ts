import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // builds the app when the build is missing or older than the sources
    globalSetup: ['test/support/build-once.ts'],
    // each file starts real servers and a browser
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
