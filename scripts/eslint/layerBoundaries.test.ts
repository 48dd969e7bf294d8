import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints source text as if it lived at a path, with the project's own eslint.config.js: proves the rule is on.
const eslint = new ESLint({ cwd: process.cwd() });
async function crossings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'atlas/layer-boundaries').map((m) => m.message);
}

describe('layer boundaries (npm run lint)', { timeout: 60_000 }, () => {
  // Loading the config and its plugins is the slow part (seconds on a busy machine): once, before the cases.
  beforeAll(() => crossings('src/domain/warm-up.ts', ''), 120_000);

  it.each([
    ['src/domain/analysis/probe.ts', "import { createAppStore } from '../../state/createAppStore';"],
    ['src/domain/probe.ts', "import type { AppState } from '../state/types';"],
    ['src/domain/timeline/deep/probe.ts', "export { parseAtlasFile } from '../../../io/atlasFile';"],
    ['src/state/probe.ts', "import { importFiles } from '../io/import';"],
    ['src/canvas/map/probe.ts', "import { ExportButton } from '../../features/export/ExportButton';"],
    ['src/features/legend/probe.ts', "import { AtlasGraph } from '../../canvas/AtlasGraph';"],
    ['src/io/probe.ts', "const lazy = () => import('../state/createAppStore');"],
  ])('refuses %s: %s', async (filePath, code) => {
    const messages = await crossings(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^src\/\w+ may not import from src\/\w+/);
  });

  it.each([
    ['src/domain/analysis/probe.ts', "import type { Pact } from '../model';"],
    ['src/features/legend/probe.ts', "import { PACT_KIND_COLOURS } from '../../shared/palette';"],
    ['src/canvas/probe.ts', "import type { AppState } from '../state/types';"],
    ['src/app/probe.ts', "import { AtlasGraph } from '../canvas/AtlasGraph';"],
  ])('allows %s: %s', async (filePath, code) => {
    expect(await crossings(filePath, code)).toEqual([]);
  });

  it('names both layers and what is allowed', async () => {
    const [message] = await crossings('src/domain/analysis/probe.ts', "import '../../state/createAppStore';");
    expect(message).toBe(
      "src/domain may not import from src/state ('../../state/createAppStore'); domain may import from: domain.",
    );
  });
});
