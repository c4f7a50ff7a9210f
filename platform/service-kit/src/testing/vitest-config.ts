/**
 * The vitest settings every service package shares.
 *
 * `graphql` ships both CommonJS and ES module builds; Node loads the CommonJS one for type-graphql and
 * Apollo, while Vite would pick the ES one for test files, and two copies of graphql refuse to work
 * together. The alias makes tests load the same copy as the code under test.
 *
 * @example
 * // vitest.config.ts
 * export default defineConfig(serviceTestConfig);
 */
export const serviceTestConfig = {
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
};
