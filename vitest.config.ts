import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20000,
    hookTimeout: 30000,
    // The JSON report is what .ci/run counts (vitest's own summary line is not parsed).
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/results.json' },
  },
});
