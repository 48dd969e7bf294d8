// The README's nginx example is run, not just read: its server block, with only `listen` and `root` changed, serves
// a build's kinds of files from nginx itself, and every response must carry exactly the headers the app's own
// servers send (scripts/securityHeaders.ts). Needs nginx: `.ci/run` installs Debian's nginx.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './securityHeaders';

const README = new URL('../README.md', import.meta.url);

function findNginx(): string {
  for (const path of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (!path) continue;
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // Not here.
    }
  }
  throw new Error('nginx is not installed: apt-get install -y nginx (.ci/run does), or set NGINX_PATH');
}

/** The README's ```nginx block, as a deployer would copy it. */
function readmeServerBlock(): string {
  const found = /```nginx\n([\s\S]*?)```/.exec(readFileSync(README, 'utf8'));
  if (!found?.[1]) throw new Error('README.md has no ```nginx block');
  return found[1];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

let dir = '';
let base = '';
let nginx: ChildProcess | null = null;

beforeAll(async () => {
  const binary = findNginx();
  dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const root = join(dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};\n');
  writeFileSync(join(root, 'assets', 'data.json'), '{}\n');
  // nginx's workers drop root: they must be able to read the files.
  for (const path of [dir, root, join(root, 'assets')]) chmodSync(path, 0o755);
  const port = await freePort();
  const block = readmeServerBlock();
  const server = block
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \S+;$/m, `$1root ${root};`);
  expect(server, 'the README block should have one "listen 80;" and one "root …;" line').not.toBe(block);
  // Everything nginx writes goes to the temporary prefix; the server block is the README's, unchanged otherwise.
  const conf = [
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    'events { worker_connections 64; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
    server,
    '}',
  ].join('\n');
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const check = spawnSync(binary, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  expect(check.status, `nginx -t refused the README's block:\n${check.stderr}`).toBe(0);
  nginx = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  // Wait for what a client waits for: the server answering (nginx starts in milliseconds; a busy machine, longer).
  for (let tries = 0; ; tries++) {
    try {
      await fetch(`${base}/`);
      break;
    } catch (error) {
      if (tries > 300 || nginx.exitCode !== null) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}, 60_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx?.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function securityHeadersOf(response: Response): Record<string, string | null> {
  return Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers.get(name)]));
}

describe("the README's nginx example", () => {
  it('serves the page with exactly the security headers of scripts/securityHeaders.ts', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    expect(securityHeadersOf(response)).toEqual(SECURITY_HEADERS);
    expect(response.headers.get('content-security-policy')).toMatch(/; frame-ancestors 'none'$/);
  });

  it('serves scripts as JavaScript and JSON as JSON (nosniff refuses anything else), with the headers', async () => {
    const script = await fetch(`${base}/assets/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
    expect(securityHeadersOf(script)).toEqual(SECURITY_HEADERS);
    const json = await fetch(`${base}/assets/data.json`);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(securityHeadersOf(json)).toEqual(SECURITY_HEADERS);
  });

  it('a missing path is a 404 that still carries the headers ("always")', async () => {
    const response = await fetch(`${base}/no-such-file.js`);
    expect(response.status).toBe(404);
    expect(securityHeadersOf(response)).toEqual(SECURITY_HEADERS);
  });
});
