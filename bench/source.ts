import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { ROOT } from '../tests/e2e/support/server';

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** The sources to build: the working tree, or a clean export of one commit. */
export function sourceRoot(ref: string | undefined): { root: string; commit: string; dirty: boolean } {
  if (!ref)
    return {
      root: ROOT,
      commit: git('rev-parse', 'HEAD'),
      dirty: git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'data').length > 0,
    };
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const root = `${ROOT}bench/tmp/ref-${commit.slice(0, 12)}/`;
  if (!existsSync(`${root}package.json`)) {
    mkdirSync(root, { recursive: true });
    const exported = spawnSync('sh', ['-c', `git archive ${commit} | tar -x -C "${root}"`], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (exported.status !== 0) throw new Error(`could not export ${ref} (${commit})`);
  }
  if (!existsSync(`${root}node_modules`)) symlinkSync(`${ROOT}node_modules`, `${root}node_modules`, 'dir');
  return { root, commit, dirty: false };
}

/**
 * Builds the app in `root` into `outDir`: the test build (production code plus the window.__cy hook the bench
 * reads; older commits, which gave the hook to any automated browser, build the same way).
 */
export function build(root: string, outDir: string, extra: readonly string[] = []): void {
  console.log(`building ${root} (vite build --mode e2e --outDir ${outDir})…`);
  const vite = `${ROOT}node_modules/vite/bin/vite.js`;
  const args = [vite, 'build', '--mode', 'e2e', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...extra];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}
