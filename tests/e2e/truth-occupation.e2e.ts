import type { Core } from 'cytoscape';
import { expect, openApp, screenshot, shown, test, type Page } from './support/test';

// Issue 9: a state that signs a treaty under occupation is drawn as a party, marked as occupied, with the source.
// Japan signed the US–Japan Security Treaty on 8 September 1951 under Allied occupation (COW's state system leaves
// it out from 15 August 1945 to 28 April 1952); the documents' dataset, in the production build.

function hasClass(page: Page, id: string, name: string): Promise<boolean> {
  return page.evaluate(
    ([elementId, cls]) => (window as { __cy?: Core }).__cy?.getElementById(elementId).hasClass(cls) ?? false,
    [id, name] as const,
  );
}

test.describe('occupied states', () => {
  test('1 October 1951: Japan drawn with its treaty, marked as occupied, the panel saying so', async ({
    page,
  }) => {
    await openApp(page, '?date=1951-10-01&pact=us-jpn-1951');
    await expect(page.getByTestId('current-date')).toHaveText('1 October 1951');
    await expect.poll(() => shown(page, 'a:jpn')).toBe(true);
    await expect.poll(() => shown(page, 'b:us-jpn-1951')).toBe(true);
    await expect.poll(() => hasClass(page, 'a:jpn', 'occupied')).toBe(true);
    expect(await hasClass(page, 'a:usa', 'occupied')).toBe(false);
    const japan = page.getByTestId('members-now').locator('li').filter({ hasText: 'Japan' });
    await expect(japan).toContainText('(under Allied occupation on this date)');
    await screenshot(page, 'truth-occupation-1951');

    // The legend says what the dashed ring means (with a selection it floats over the graph, folded).
    await page.locator('.legend-floating').getByRole('button', { name: 'Legend' }).click();
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText(
      'Under occupation (dashed ring): a party, not self-governing',
    );

    await openApp(page, '?date=1951-10-01&actor=jpn');
    await expect(page.getByTestId('occupation-note')).toContainText(
      'Under Allied occupation on this date (15 August 1945 – 28 April 1952)',
    );
    await expect(page.getByTestId('occupation-note')).toContainText('Treaty of Peace with Japan');
  });

  test('after 28 April 1952 Japan is sovereign again: drawn, no longer marked', async ({ page }) => {
    await openApp(page, '?date=1953-01-01');
    await expect(page.getByTestId('current-date')).toHaveText('1 January 1953');
    await expect.poll(() => shown(page, 'a:jpn')).toBe(true);
    await expect.poll(() => hasClass(page, 'a:jpn', 'occupied')).toBe(false);
  });
});
