import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';

// The flags that keep Debian's Chromium quiet and working in a container (see ../shared/STACK.md).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Where a Chromium or Chrome lives when a package manager or installer put it there, most likely first.
const KNOWN_PATHS = [
  '/usr/bin/chromium', // Debian
  '/usr/bin/chromium-browser', // Ubuntu, Fedora
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** What to do when there is no browser: one sentence, before anything else runs. */
export const NO_BROWSER =
  'No Chromium or Google Chrome found: install one (Debian/Ubuntu: `apt-get install -y chromium`; macOS: Google Chrome from google.com/chrome) or set CHROMIUM_PATH to its executable.';

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser the tests drive: $CHROMIUM_PATH when set (and it must exist), else the first known install, else null. */
export function findChromium(): string | null {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return executable(chosen) ? chosen : null;
  return KNOWN_PATHS.find(executable) ?? null;
}

/** findChromium(), or an error saying what to install. */
export function requireChromium(): string {
  const found = findChromium();
  if (!found) {
    const chosen = process.env.CHROMIUM_PATH;
    throw new Error(chosen ? `CHROMIUM_PATH=${chosen} is not an executable file. ${NO_BROWSER}` : NO_BROWSER);
  }
  return found;
}

export interface RunningBrowser {
  browser: Browser;
  /** A fresh context that accepts downloads. */
  context: BrowserContext;
  close: () => Promise<void>;
}

/** For scripts and the bench (tests use Playwright Test's own browser): Chromium with a fresh context that accepts downloads. */
export async function launchBrowser(): Promise<RunningBrowser> {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, timeout: 30_000 });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(30_000);
  return { browser, context, close: () => browser.close() };
}

// `npx tsx tests/e2e/support/chromium.ts`: prints the browser's path, or the sentence and exit code 1.
if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (found) console.log(found);
  else {
    console.error(process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file. ${NO_BROWSER}` : NO_BROWSER);
    process.exit(1);
  }
}
