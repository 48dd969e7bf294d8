import type { Core } from 'cytoscape';
import { expect, openApp, test, type Page } from './support/test';

// Issue 10, speed: on a big graph every redraw of the canvas is most of a step's cost (ATOP 5.1: about 60 ms
// of main-thread work each), so a step of the date must not be drawn again and again: the elements of the
// date, the nodes' places and the labels placed for them are patched in the frame after the key, so the first
// redraw shows them all (labels placed a quarter second later cost a second full redraw; 150 ms opacity
// transitions several more); and nothing the app writes during a step touches Cytoscape's own container, whose
// every attribute change Cytoscape answers with a resize and one more full redraw. Redraws are counted and
// each says what it showed; no timings (Cytoscape's texture cache may add a redraw of its own on a busy machine).

type Drawn = { day: string | null; labels: string | null; labelled: number };
type Win = { __cy: Core; __drawn?: Drawn[]; __touched?: string[] };

async function recordRedraws(page: Page): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as Win;
    const renderer = (
      win.__cy as unknown as { renderer(): { render: (...a: unknown[]) => unknown } }
    ).renderer();
    const render = renderer.render;
    const container = document.querySelector('[data-shown-day]');
    win.__drawn = [];
    win.__touched = [];
    const own = win.__cy.container();
    if (own)
      new MutationObserver((records) =>
        win.__touched?.push(...records.map((r) => r.attributeName ?? '?')),
      ).observe(own, { attributes: true });
    renderer.render = function (this: unknown, ...args: unknown[]) {
      win.__drawn?.push({
        day: container?.getAttribute('data-shown-day') ?? null,
        labels: container?.getAttribute('data-labels') ?? null,
        labelled: win.__cy.nodes('.labelled').length,
      });
      return render.apply(this, args);
    };
  });
}

// Resolves after `frames` animation frames in which the canvas did not redraw.
async function quietFrames(page: Page, frames: number): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        const win = window as unknown as Win;
        let last = win.__drawn?.length ?? 0;
        let calm = 0;
        const tick = () => {
          const now = win.__drawn?.length ?? 0;
          calm = now === last ? calm + 1 : 0;
          last = now;
          if (calm >= frames) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

test.describe('a date step is one redraw', () => {
  test('a one-month key step: one redraw shows the new date with its labels placed', async ({ page }) => {
    await openApp(page, '?date=1960-01-01');
    const graph = page.locator('[data-shown-day]');
    await expect(graph).toHaveAttribute('data-labels', 'settled');
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await quietFrames(page, 10);
    for (const [key, date] of [
      ['ArrowRight', '1 February 1960'],
      ['ArrowRight', '1 March 1960'],
      ['ArrowLeft', '1 February 1960'],
    ] as const) {
      const before = await graph.getAttribute('data-shown-day');
      await recordRedraws(page);
      await page.keyboard.press(key);
      await expect(page.getByTestId('current-date')).toHaveText(date);
      await expect(graph).not.toHaveAttribute('data-shown-day', before ?? '');
      await expect(graph).toHaveAttribute('data-labels', 'settled');
      // Long enough for a fade, a delayed label placement or the URL write to have drawn again.
      await page.waitForURL((url) => url.search.includes('date=1960-0'));
      await quietFrames(page, 30);
      const day = await graph.getAttribute('data-shown-day');
      const { drawn, touched } = await page.evaluate(() => {
        const win = window as unknown as Win;
        return { drawn: win.__drawn ?? [], touched: win.__touched ?? [] };
      });
      // The first redraw after the key already shows the date with its labels, and so does every other one.
      expect(drawn.length, `redraws after ${key} to ${date}`).toBeGreaterThan(0);
      for (const shown of drawn)
        expect(shown).toEqual({ day, labels: 'settled', labelled: drawn[0]?.labelled });
      expect(drawn[0]?.labelled).toBeGreaterThan(5);
      expect(touched, "attributes of Cytoscape's container changed by the step").toEqual([]);
    }
  });

  test('while playing, labels wait for the date to rest', async ({ page }) => {
    await openApp(page, '?date=1990-01-01');
    const graph = page.locator('[data-shown-day]');
    await expect(graph).toHaveAttribute('data-labels', 'settled');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // Playing moves the date every frame: labels stay pending rather than being placed every frame.
    await expect(graph).toHaveAttribute('data-labels', 'pending');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(graph).toHaveAttribute('data-labels', 'settled');
  });

  test('scrubbed two years month by month, every drawn node is within half a pixel of where a link to that date puts it', async ({
    page,
    context,
  }) => {
    // A step moves only drawn nodes whose move shows (hidden ones are placed when shown again): the picture
    // reached by scrubbing must still be the picture of the date.
    await openApp(page, '?date=1989-01-01');
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('current-date')).toHaveText('1 January 1991');
    await expect(page.locator('[data-labels]')).toHaveAttribute('data-labels', 'settled');
    const places = (p: Page) =>
      p.evaluate(() => {
        const cy = (window as unknown as Win).__cy;
        const drawn: Record<string, [number, number]> = {};
        cy.nodes(':visible').forEach((n) => {
          drawn[n.id()] = [n.position().x, n.position().y];
        });
        return { zoom: cy.zoom(), drawn };
      });
    const scrubbed = await places(page);
    const linked = await places(await openApp(await context.newPage(), '?date=1991-01-01'));
    expect(Object.keys(scrubbed.drawn).sort()).toEqual(Object.keys(linked.drawn).sort());
    expect(Object.keys(scrubbed.drawn).length).toBeGreaterThan(30);
    const off = Object.entries(scrubbed.drawn)
      .map(([id, [x, y]]) => {
        const [lx, ly] = linked.drawn[id] ?? [NaN, NaN];
        return { id, px: Math.max(Math.abs(x - lx), Math.abs(y - ly)) * scrubbed.zoom };
      })
      .filter((d) => !(d.px < 0.5));
    expect(off).toEqual([]);
  });
});
