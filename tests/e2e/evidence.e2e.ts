import { expect, openApp, screenshot, test } from './support/test';

// Issue 14: every citation supports the fact it is cited for (production build, real Chromium).

test.describe('evidence a reader can check', () => {
  test('NATO accessions show their reference next to the date, with a link opening in a new tab', async ({
    page,
    errors,
  }) => {
    await openApp(page, '?date=2024-12-31&pact=nato');
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2, name: /North Atlantic/ })).toBeVisible();
    const sweden = panel.locator('li', { has: page.getByRole('button', { name: '7 March 2024' }) });
    await expect(sweden.getByTestId('event-reference')).toContainText(
      'Official record: Sweden is a NATO member',
    );
    const link = sweden.getByTestId('event-reference').getByRole('link');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(sweden.getByTestId('event-passage')).toHaveCount(0);
    // 15 events (Germany's of 1990-10-03 among them), every one naming its reference; none cites the 2024
    // "European pillar" quote.
    await expect(panel.locator('ol.pact-events > li')).toHaveCount(15);
    await expect(panel.locator('ol.pact-events [data-testid="event-reference"]')).toHaveCount(15);
    await expect(panel.locator('ol.pact-events')).not.toContainText('European pillar');
    await screenshot(page, 'evidence-nato-panel');
    expect(errors.console).toEqual([]);
  });

  test('Copy citation puts the passage in Chicago author-date style on the clipboard', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '?date=2024-12-31&pact=jpn-eu-2024');
    const panel = page.getByRole('article');
    await panel.getByRole('button', { name: /^Copy citation for the passage “Japan and the EU/ }).click();
    await expect(panel.getByText('Citation copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      '“Japan and the EU signed a defence pact in November 2024, aiming to pave the way for closer cooperation in key areas, including maritime security and defence industry partnerships.” (Afridi 2024)\n\n' +
        'Afridi, Malaika. 2024. “New Alliances in Defence and the Future of Strategic Stability.” Arms Control & Disarmament Centre, Institute of Strategic Studies Islamabad (ISSI), December 30, 2024.',
    );
    await panel
      .getByRole('button', { name: 'Copy citation for EU–Japan Security and Defence Partnership' })
      .click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(
        /^EU–Japan Security and Defence Partnership\n\n“Japan and the EU signed[^\n]*” \(Afridi 2024\)\n“inter-regional/,
      );
  });

  test('the reader renders emphasis, links and footnotes, the passage highlighted exactly', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-12-31&pact=rus-prk-2024');
    const panel = page.getByRole('article');
    await panel.getByRole('button', { name: 'Read in context' }).first().click();
    const reader = page.getByRole('dialog');
    await expect(reader.getByRole('heading', { name: /New Alliances in Defence/ })).toBeVisible();
    // The highlight is exactly the cited slice, though the text around it is now rendered markup.
    const marks = reader.getByTestId('reader-passage');
    await expect(marks.first()).toBeVisible();
    expect((await marks.allTextContents()).join('')).toBe(
      'In June 2024, Russia and North Korea agreed to provide military assistance to each other in case of aggression by a third party.',
    );
    // Emphasis as emphasis, no raw asterisks; the journal title is in italics.
    await expect(reader.locator('em', { hasText: 'NATO Review' })).toBeVisible();
    await expect(reader.getByLabel('Document text')).not.toContainText('*NATO Review*');
    // Links open in a new tab without an opener.
    const link = reader.getByRole('link', { name: /aljazeera\.com\/news\/2024\/11\/12/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // Footnote markers are superscripts; the notes come at the end.
    await expect(reader.locator('sup.footnote-ref')).toHaveCount(17);
    const notes = reader.getByRole('region', { name: 'Notes' });
    await expect(notes.locator('li')).toHaveCount(17);
    await expect(notes.locator('li').first()).toContainText('Jesse C. Johnson');
    await reader.getByRole('button', { name: 'Note 5' }).click();
    await expect(notes.locator('li').nth(4)).toBeInViewport();
    await screenshot(page, 'evidence-reader');
  });
});
