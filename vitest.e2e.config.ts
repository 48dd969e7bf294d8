import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the production build (see tests/e2e/).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
