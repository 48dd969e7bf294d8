// A relative path of plain segments: no scheme, no leading slash (`//host/x.json` is another host), no backslash
// (browsers read `\` as `/`), no `..`, no query or fragment.
const RELATIVE_JSON_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\.json$/;

/**
 * Resolves the `?dataset=` of a link against the page, accepting only a relative path to a `.json` file served
 * beside the app: the resolved URL must have the page's own origin, so a link can never make the app fetch from
 * elsewhere (even where no Content-Security-Policy stands behind it, as in `npm run dev`).
 */
export function resolveDatasetPath(
  path: string,
  pageUrl: string,
): { ok: true; url: URL } | { ok: false; why: string } {
  const refused = {
    ok: false as const,
    why: 'expected a relative path to a .json file served beside the app',
  };
  if (
    !RELATIVE_JSON_PATH.test(path) ||
    path.split('/').some((segment) => segment === '.' || segment === '..')
  )
    return refused;
  let page: URL;
  let url: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(path, page);
  } catch {
    return refused;
  }
  if (url.origin !== page.origin) return { ok: false, why: `it is not on this site (${page.origin})` };
  return { ok: true, url };
}
