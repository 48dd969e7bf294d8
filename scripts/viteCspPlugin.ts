import type { Plugin } from 'vite';

/** The app loads code, styles, data and images from its own origin only; nothing inline, nothing remote. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Adds the Content-Security-Policy to the built index.html (a meta tag, so it holds on any static host). The dev
 * server is left without it: Vite's hot reload injects inline code.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'alliance-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head',
      },
    ],
  };
}
