import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    // an end-to-end scenario brings the whole system up before its first test
    hookTimeout: 300_000,
    // scenarios each start a whole system; two at once would only compete for the two cores
    fileParallelism: false,
  },
});
