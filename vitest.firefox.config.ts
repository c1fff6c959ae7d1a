import { defineConfig } from 'vitest/config';

// The Firefox smoke test runs in Node and drives a real Firefox; see tests/firefox/.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Sequential: one Firefox, tests share its installed extension.
    sequence: { concurrent: false },
    fileParallelism: false,
  },
});
