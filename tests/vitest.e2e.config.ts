import { defineConfig } from 'vitest/config';

// Browser tests against the BUILT app, with the system's Chromium (never a downloaded one).
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
