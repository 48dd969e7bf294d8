import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startPreview } from './harness';
import type { RunningBrowser, RunningServer } from './harness';

describe('smoke: the built app loads', () => {
  let server: RunningServer | undefined;
  let chromium: RunningBrowser | undefined;

  beforeAll(async () => {
    server = await startPreview();
    chromium = await launchBrowser();
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it('shows "Alliance Atlas" with no console errors and no page errors', async () => {
    if (!server || !chromium) throw new Error('setup failed');
    const { page, errors } = await openPage(chromium.context, server.url);

    const heading = page.getByRole('heading', { level: 1, name: 'Alliance Atlas' });
    await heading.waitFor({ timeout: 15_000 });
    expect(await heading.textContent()).toContain('Alliance Atlas');
    // Let late work (data loading, first layout) finish before judging the page quiet.
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'smoke');

    expect(errors.page).toEqual([]);
    expect(errors.console).toEqual([]);
    await page.close();
  });
});
