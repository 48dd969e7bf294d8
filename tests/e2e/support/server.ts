import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root: every command runs from here. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const VITE = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url));

export interface RunningServer {
  url: string;
  /** Stops the server and everything it started; safe to call twice. */
  stop: () => Promise<void>;
}

/** Builds dist/ once when it is missing (npm test builds it before the end-to-end tests). */
export function ensureBuilt(): void {
  if (existsSync(`${ROOT}/dist/index.html`)) return;
  const build = spawnSync(
    process.execPath,
    [VITE, 'build', '--configLoader', 'runner', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status}): cannot serve the app`);
}

/** A port nobody listens on right now (strictPort fails loudly if someone takes it before Vite). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// The server runs under this small guardian, leader of its own process group: when the test process dies,
// even by SIGKILL, the guardian's stdin pipe closes and it takes the whole group (Vite included) down.
const GUARDIAN = `
const { spawn } = require('node:child_process');
const [script, ...args] = process.argv.slice(1);
const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
const stopGroup = () => { try { process.kill(-process.pid, 'SIGTERM'); } catch { process.exit(1); } };
process.stdin.on('end', stopGroup);
process.stdin.on('close', stopGroup);
process.stdin.resume();
child.on('exit', (code) => process.exit(code ?? 1));
`;

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function killGroup(pgid: number): Promise<void> {
  if (!groupAlive(pgid)) return;
  process.kill(-pgid, 'SIGTERM');
  for (let waited = 0; waited < 5000 && groupAlive(pgid); waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
}

async function waitUntilAnswering(
  url: string,
  exited: () => string | null,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit !== null) throw new Error(exit);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Runs `vite <args>` in its own process group on a free port; resolves once `path` answers 200. */
export async function startViteServer(
  args: string[],
  path = '/',
  timeoutMs = 30_000,
): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ['-e', GUARDIAN, VITE, ...args, '--host', '127.0.0.1', '--strictPort', '--port', String(port)],
    { cwd: ROOT, detached: true, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`could not start vite ${args.join(' ')}`);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Last resort if a test file crashes past its afterAll: the guardian also stops when our stdin pipe closes.
  const onExit = () => groupAlive(pgid) && process.kill(-pgid, 'SIGKILL');
  process.on('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    await killGroup(pgid);
    child.stdin.destroy();
  };
  const exited = () =>
    child.exitCode === null && child.signalCode === null
      ? null
      : `vite ${args.join(' ')} exited (${child.exitCode ?? child.signalCode}) before answering:\n${output}`;
  try {
    await waitUntilAnswering(url + path, exited, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** Serves the production build in dist/ (`vite preview`), building it first if it is missing. */
export async function startPreview(): Promise<RunningServer> {
  ensureBuilt();
  // A port freed by freePort() can be taken again before Vite binds it: try a few.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startViteServer(['preview', '--configLoader', 'runner']);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
