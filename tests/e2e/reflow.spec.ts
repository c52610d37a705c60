// Reflow: at 320 px wide (and 1280 px at 200% zoom, the same CSS width of 640 px) no page scrolls sideways; wide formulas scroll in their own box.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PAGES = [
  '/',
  '/review',
  '/practice',
  '/practice/adam?seed=7&level=2',
  '/concepts',
  '/concepts/adam',
  '/concepts/backpropagation',
  '/stats',
  '/settings',
];

async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

for (const locale of ['ko', 'en'] as const) {
  for (const width of [320, 640] as const) {
    test(`${locale}: at ${width} CSS px no page scrolls sideways`, async ({ page, app }) => {
      test.setTimeout(120_000);
      await page.context().addCookies([{ name: 'locale', value: locale, url: app.url }]);
      await page.setViewportSize({ width, height: 800 });
      for (const path of PAGES) {
        await page.goto(path);
        const { scrollWidth, clientWidth } = await sidewaysOverflow(page);
        expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(clientWidth);
      }
    });
  }
}

test('a display formula wider than the screen scrolls inside its own box', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/concepts/adam');
  const boxes = await page.locator('.katex-display').evaluateAll((elements) =>
    elements.map((el) => ({
      overflow: getComputedStyle(el).overflowX,
      fits: el.getBoundingClientRect().right <= document.documentElement.clientWidth,
    })),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.overflow).toBe('auto');
    expect(box.fits).toBe(true);
  }
});

test('with reduced motion asked for, transitions and animations are cut to nothing', async ({
  page,
}) => {
  const durations = () =>
    page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.transition = 'opacity 300ms';
      probe.style.animation = 'none 2s';
      document.body.append(probe);
      const style = getComputedStyle(probe);
      const seconds = {
        transition: Number.parseFloat(style.transitionDuration),
        animation: Number.parseFloat(style.animationDuration),
      };
      probe.remove();
      return seconds;
    });
  await page.goto('/review');
  expect(await durations()).toEqual({ transition: 0.3, animation: 2 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const reduced = await durations();
  expect(reduced.transition).toBeLessThan(0.001);
  expect(reduced.animation).toBeLessThan(0.001);
});
