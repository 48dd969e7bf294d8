import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './viteCspPlugin';

/**
 * The headers a deployment should send with every response. The CSP is the meta tag's policy plus what only a
 * header can say: `frame-ancestors 'none'` (no site may frame the app; browsers ignore it in a meta tag).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The same headers as a Netlify / Cloudflare Pages `_headers` file: every path gets every header. */
export function headersFile(): string {
  return (
    ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)].join('\n') +
    '\n'
  );
}

/** Writes `_headers` into the build, so a deploy of `dist/` to such a host sends the headers unchanged. */
export function securityHeadersFilePlugin(): Plugin {
  return {
    name: 'alliance-atlas-security-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
