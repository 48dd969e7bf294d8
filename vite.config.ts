import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { SECURITY_HEADERS, securityHeadersFilePlugin } from './scripts/securityHeaders';
import { contentSecurityPolicyPlugin } from './scripts/viteCspPlugin';
import { bundledDatasetPlugin } from './scripts/viteDatasetPlugin';

/** `vite build --mode e2e`: the production build plus what the end-to-end tests need (see tests/e2e/README.md). */
export const E2E_MODE = 'e2e';

// Entry modules: the pages and their scripts (src/main.tsx; the test build's bare export page and its main.ts).
const ENTRY = /(\.html|[\\/]src[\\/]main\.tsx|[\\/]tests[\\/]e2e[\\/]fixtures[\\/]export[\\/]main\.ts)$/;

export default defineConfig(({ mode }) => ({
  plugins: [react(), bundledDatasetPlugin(), contentSecurityPolicyPlugin(), securityHeadersFilePlugin()],
  // `vite preview` serves the build as a deployment should: with the security headers (README, "Deploying").
  preview: { headers: { ...SECURITY_HEADERS } },
  build: {
    // Cytoscape alone is ~130 kB gzip of the ~240 kB initial script; warn when a chunk passes 800 kB minified.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The test build goes to its own folder, with the bare toPngBlob page beside the app, so one server serves both.
      ...(mode === E2E_MODE && {
        input: { app: 'index.html', exportFixture: 'tests/e2e/fixtures/export/index.html' },
      }),
      // Everything the first view loads goes in one chunk: left to itself the bundler splits the modules it shares
      // with lazy chunks into a dozen small preloaded files, which compress worse (~2 kB gzip) and cost requests.
      // Entry modules stay in their entry chunk: a chunk that held one would run it wherever it is imported.
      output: {
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'], test: (id) => !ENTRY.test(id) }] },
      },
    },
    ...(mode === E2E_MODE && { outDir: 'dist-e2e' }),
  },
  test: {
    setupFiles: ['tests/setup.ts'],
    // Component tests wait for lazily loaded chunks; on a busy machine that takes seconds, not a failure.
    testTimeout: 60_000,
    projects: [
      {
        // Logic (domain, io, state, canvas bridge, scripts) runs in plain Node: about half the time of jsdom.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['src/app/**', 'src/features/**'],
          // `npm run bench:domain`: the domain's hot paths (speed goals live in benches, never in timed tests).
          benchmark: { include: ['bench/**/*.bench.ts'] },
        },
      },
      {
        // What a person sees and does: components, and the app and feature modules that touch the DOM.
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          setupFiles: ['tests/setupComponents.ts'],
          benchmark: { include: [] },
          include: [
            'src/**/*.test.tsx',
            'tests/unit/**/*.test.tsx',
            'src/app/**/*.test.ts',
            'src/features/**/*.test.ts',
          ],
        },
      },
    ],
  },
}));
