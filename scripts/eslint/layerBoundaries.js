// A local ESLint rule: which top-level folder of src/ may import which. It resolves every relative import
// against the importing file, so a crossing is refused at any folder depth (src/domain/analysis/x.ts
// importing ../../state/y is as wrong as src/domain/x.ts importing ../state/y).
import path from 'node:path';

/** Each layer and the layers it may import from (itself included). Folders not listed here are unrestricted. */
export const LAYER_IMPORTS = {
  domain: ['domain'],
  io: ['io', 'domain'],
  state: ['state', 'domain'],
  shared: ['shared', 'domain'],
  canvas: ['canvas', 'shared', 'state', 'domain'],
  features: ['features', 'shared', 'state', 'io', 'domain'],
  app: ['app', 'features', 'canvas', 'shared', 'state', 'io', 'domain'],
};

/** The layer a file belongs to: its first folder under src/, or null outside src/ or at its top. */
function layerOf(file, srcRoot) {
  const relative = path.relative(srcRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  return parts.length > 1 ? parts[0] : null;
}

export const layerBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuses imports that cross the layers of src/ (domain, io, state, shared, canvas, features, app).' },
    schema: [],
    messages: {
      crossing: "src/{{from}} may not import from src/{{to}} ('{{source}}'); {{from}} may import from: {{allowed}}.",
    },
  },
  create(context) {
    const file = context.filename;
    const srcRoot = path.join(context.cwd, 'src');
    const from = layerOf(file, srcRoot);
    const allowed = from ? LAYER_IMPORTS[from] : undefined;
    if (!allowed) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(file), source), srcRoot);
      if (to === null || allowed.includes(to)) return;
      context.report({ node, messageId: 'crossing', data: { from, to, source, allowed: allowed.join(', ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
