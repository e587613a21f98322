import { defineConfig } from 'vitest/config';

// Lifecycle and reliability tests: each starts the BUILT app (`npx turbo run build` first; `turbo run test` does it).
export default defineConfig({
  test: {
    include: ['lifecycle/**/*.test.ts', 'reliability/**/*.test.ts'],
    // Each file starts its own apps and PostgreSQL servers; one file at a time keeps start-up times honest.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
