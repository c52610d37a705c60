// On a 360 × 740 phone: a header that leaves the first screen to the page, no sideways scrolling, 44 px controls, 16 px fields, and a review's ratings in reach.
import type { Locator, Page } from '@playwright/test';
import { expect, sharedTest, test } from './fixtures';

// A server per test, started on a shared machine: its start counts against the time too.
test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 360, height: 740 };

/** Every page a learner reaches from the navigation, and one exercise of each kind. */
const PAGES = [
  '/',
  '/review',
  '/practice',
  '/practice/adam?seed=3&level=3',
  '/practice/backprop-chain?seed=7&level=3',
  '/practice/fit-diagnosis?seed=1&level=2',
  '/practice/optimizer-path?seed=1&level=2',
  '/concepts',
  '/concepts/adam',
  '/concepts/sigmoid',
  '/cards',
  '/stats',
  '/settings',
];

/** The header may take at most this share of the first screen. */
const HEADER_SHARE = 0.15;
/** The smallest control a finger hits reliably (Apple's 44 pt, WCAG 2.5.5). */
const TARGET = 44;

/** What a phone learner would hit on the page shown: each problem as one line. */
async function problems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ headerShare, target }) => {
      const found: string[] = [];
      const root = document.scrollingElement as HTMLElement;
      if (root.scrollWidth > root.clientWidth)
        found.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
      const header = document.querySelector('header');
      const headerHeight = header?.getBoundingClientRect().height ?? 0;
      if (headerHeight > headerShare * window.innerHeight)
        found.push(`header ${Math.round(headerHeight)} px of ${window.innerHeight}`);
      const shown = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const named = (el: Element) =>
        `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
      // Controls that stand alone (links inside a sentence are exempt, as WCAG 2.5.8 allows).
      const controls = document.querySelectorAll(
        'button, select, summary, label.choice, header a, a.btn, a.tap-link, input:not([type="hidden"], [type="radio"], [type="checkbox"])',
      );
      for (const el of controls) {
        if (!shown(el)) continue;
        const height = el.getBoundingClientRect().height;
        if (height < target - 0.5) found.push(`${named(el)} is ${height.toFixed(1)} px tall`);
      }
      for (const el of document.querySelectorAll('input, select, textarea')) {
        if (!shown(el) || ['radio', 'checkbox'].includes((el as HTMLInputElement).type)) continue;
        const size = Number.parseFloat(getComputedStyle(el).fontSize);
        if (size < 16) found.push(`${named(el)} has ${size} px text (iOS zooms in on focus)`);
      }
      return found;
    },
    { headerShare: HEADER_SHARE, target: TARGET },
  );
}

for (const locale of ['ko', 'en'] as const) {
  test(`${locale}: on a phone every page fits the width, with a short header and 44 px controls`, async ({
    page,
    app,
  }) => {
    await page.context().addCookies([{ name: 'locale', value: locale, url: app.url }]);
    await page.setViewportSize(PHONE);
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      found.push(...(await problems(page)).map((problem) => `${path}: ${problem}`));
    }
    expect(found).toEqual([]);
  });
}

test('on a phone the four ratings are in the first screen, each 44 px tall', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/review');
  await expect(page.locator('article[data-keys="ready"]')).toBeVisible();
  await page.getByRole('button', { name: 'Show answer' }).click();
  const ratings = page.locator('.rating-bar button');
  await expect(ratings).toHaveCount(4);
  for (const box of await ratings.evaluateAll((buttons) =>
    buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect),
  )) {
    expect(box.height).toBeGreaterThanOrEqual(TARGET);
    expect(box.bottom).toBeLessThanOrEqual(PHONE.height);
  }
});

test('on a phone an exercise figure takes the width of its panel', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/practice/fit-diagnosis?seed=1&level=2');
  const [figure, prompt] = await Promise.all([
    page
      .locator('.exercise-figure-frame svg:visible')
      .evaluate((el) => el.getBoundingClientRect().width),
    page.locator('.prompt').evaluate((el) => el.getBoundingClientRect().width),
  ]);
  expect(figure).toBeGreaterThanOrEqual(0.95 * prompt);
});

for (const [locale, nav, first] of [
  ['en', 'Level', 'Level 1: one unit per layer, squared error'],
  ['ko', '레벨', '레벨 1: 층마다 뉴런 하나, 평균 제곱 오차'],
] as const) {
  test(`${locale}: on a phone the three levels of an exercise fit one row of 44 px buttons`, async ({
    page,
    app,
  }) => {
    await page.context().addCookies([{ name: 'locale', value: locale, url: app.url }]);
    await page.setViewportSize(PHONE);
    await page.goto('/practice/backprop-chain?seed=7&level=3');
    const levels = page.getByRole('navigation', { name: nav, exact: true }).getByRole('link');
    await expect(levels).toHaveCount(3);
    // What a level asks stays in its name for screen readers, though a phone shows only its number.
    await expect(levels.first()).toHaveAccessibleName(first);
    const boxes = await levels.evaluateAll((links) =>
      links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect),
    );
    for (const box of boxes) {
      expect(box.height).toBeGreaterThanOrEqual(TARGET);
      expect(box.top).toBe(boxes[0].top);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
    }
  });
}

/** The smallest chart text read without zooming in on a phone. */
const CHART_TEXT = 11;

/** Each text of a drawing with its size on screen: sized in viewBox units, times the drawing's scale. */
async function textSizes(svg: Locator): Promise<(readonly [string, number])[]> {
  return svg.evaluate((el: SVGSVGElement) => {
    const scale = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
    return [...el.querySelectorAll('text')].map(
      (t) =>
        [t.textContent ?? '', Number.parseFloat(getComputedStyle(t).fontSize) * scale] as const,
    );
  });
}

/** The texts smaller than `CHART_TEXT`, one line each. */
function tooSmall(path: string, sizes: readonly (readonly [string, number])[]): string[] {
  return sizes
    .filter(([, size]) => size < CHART_TEXT)
    .map(([text, size]) => `${path}: "${text}" is ${size.toFixed(1)} px`);
}

test('on a phone the text of every kind of exercise figure is at least 11 px on screen', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  const found: string[] = [];
  for (const path of [
    '/practice/fit-diagnosis?seed=1&level=2',
    '/practice/learning-rate-diagnosis?seed=2&level=3',
    '/practice/optimizer-path?seed=1&level=2',
    '/practice/gradient-flow?seed=4&level=2',
    '/practice/output-and-loss?seed=3&level=2',
  ]) {
    await page.goto(path);
    const figure = page.locator('.exercise-figure-frame svg:visible');
    await expect(figure).toHaveCount(1);
    const sizes = await textSizes(figure);
    expect(sizes.length, path).toBeGreaterThan(0);
    found.push(...tooSmall(path, sizes));
  }
  expect(found).toEqual([]);
});

test("on a phone the text of a note's plot and of the forecast chart is at least 11 px on screen", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  const found: string[] = [];
  // The drawings shown on each page (one of each pair, so a screen reader meets each once), and
  // whether they carry text: the optimizer surface's legend is its caption, the heatmap's days are titles.
  for (const [path, shown, texts] of [
    ['/concepts/sigmoid', 1, true],
    ['/concepts/leaky-relu', 1, true],
    ['/concepts/adam', 1, false],
    ['/stats', 2, true],
  ] as const) {
    await page.goto(path);
    const drawings = page.locator('main figure svg[role="img"]:visible');
    await expect(drawings, path).toHaveCount(shown);
    const sizes = (await Promise.all((await drawings.all()).map(textSizes))).flat();
    expect(sizes.length > 0, path).toBe(texts);
    found.push(...tooSmall(path, sizes));
  }
  expect(found).toEqual([]);
});

sharedTest('shared mode: on a phone the sign-in page fits too', async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const path of ['/sign-in', '/sign-up']) {
    await page.goto(path);
    expect(await problems(page), path).toEqual([]);
  }
});
