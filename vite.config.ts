import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './scripts/viteCspPlugin';
import { bundledDatasetPlugin } from './scripts/viteDatasetPlugin';

export default defineConfig({
  plugins: [react(), bundledDatasetPlugin(), contentSecurityPolicyPlugin()],
  build: {
    // Cytoscape alone is ~136 kB gzip of the ~244 kB initial script; warn when a chunk passes 800 kB minified.
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // Component tests wait for lazily loaded chunks; on a busy machine that takes seconds, not a failure.
    testTimeout: 60_000,
  },
});
