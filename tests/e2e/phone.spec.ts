// On 360 × 740 and 320 × 640 phones: a header that leaves the first screen to the page, no sideways scrolling, 44 px controls, 24 px targets, 16 px fields, legible figures, and a review's ratings in reach.
import type { Locator, Page } from '@playwright/test';
import { expect, sharedTest, test } from './fixtures';

// A server per test, started on a shared machine: its start counts against the time too.
test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 360, height: 740 };
/** The smallest phones still in use: each page is measured at this size too, without loading it again. */
const SMALL_PHONE = { width: 320, height: 640 };

/** Every page a learner reaches from the navigation, one exercise of each kind, and notes with formulas. */
const PAGES = [
  '/',
  '/review',
  '/practice',
  '/practice/adam?seed=3&level=3',
  '/practice/backprop-chain?seed=7&level=2',
  '/practice/backprop-chain?seed=7&level=3',
  '/practice/batch-norm?seed=2&level=3',
  '/practice/fit-diagnosis?seed=1&level=2',
  '/practice/optimizer-path?seed=1&level=2',
  '/concepts',
  '/concepts/adam',
  '/concepts/backpropagation',
  '/concepts/batch-normalization',
  '/concepts/sigmoid',
  '/cards',
  '/cards/1',
  '/stats',
  '/settings',
];

/** The header may take at most this share of the first screen. */
const HEADER_SHARE = 0.15;
/** The smallest control a finger hits reliably (Apple's 44 pt, WCAG 2.5.5). */
const TARGET = 44;
/** The smallest target of any link, button or field that is not inside a sentence (WCAG 2.2 SC 2.5.8). */
const MIN_TARGET = 24;
/** The smallest text of a drawing, on screen. */
const CHART_TEXT = 11;
/** The smallest radius of a drawing's dots, on screen. */
const DOT_RADIUS = 2;
/** How far (px) a text's box may pass its drawing's side: a rotated axis title's box is its line height. */
const TEXT_SLACK = 2;

/** What a phone learner would hit on the page shown, at the viewport's present size: each problem as one line. */
async function problems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ headerShare, target, minTarget, chartText, dotRadius, textSlack }) => {
      const found: string[] = [];
      const root = document.scrollingElement as HTMLElement;
      const viewport = root.clientWidth;
      if (root.scrollWidth > root.clientWidth)
        found.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
      const header = document.querySelector('header');
      const headerHeight = header?.getBoundingClientRect().height ?? 0;
      if (headerHeight > headerShare * window.innerHeight)
        found.push(`header ${Math.round(headerHeight)} px of ${window.innerHeight}`);
      const nav = document.querySelector('header nav');
      if (nav && nav.scrollWidth > nav.clientWidth)
        found.push(
          `the header's parts scroll sideways: ${nav.scrollWidth} > ${nav.clientWidth} px`,
        );
      const shown = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const named = (el: Element) =>
        `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
      const scrolls = (el: Element) =>
        ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) &&
        el.scrollWidth > el.clientWidth + 1;
      /** Inside a box that scrolls or clips sideways (a formula, a table, a chart; or hidden text). */
      const boxed = (el: Element) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
          if (getComputedStyle(up).overflowX !== 'visible') return true;
        return false;
      };
      for (const el of document.body.querySelectorAll('*')) {
        if (!shown(el)) continue;
        const box = el.getBoundingClientRect();
        if ((box.left < -0.5 || box.right > viewport + 0.5) && !boxed(el))
          found.push(`${named(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
        // A box may scroll sideways in itself, with a shadow at the edge that has more (covers scroll with it).
        if (scrolls(el) && !getComputedStyle(el).backgroundAttachment.includes('local'))
          found.push(`${named(el)} scrolls sideways with no cue`);
      }
      // Controls that stand alone (links inside a sentence are exempt, as WCAG 2.5.8 allows).
      const controls = document.querySelectorAll(
        'button, select, summary, label.choice, header a, a.btn, a.tap-link, input:not([type="hidden"], [type="radio"], [type="checkbox"])',
      );
      for (const el of controls) {
        if (!shown(el)) continue;
        const height = el.getBoundingClientRect().height;
        if (height < target - 0.5) found.push(`${named(el)} is ${height.toFixed(1)} px tall`);
      }
      const inSentence = (el: Element) =>
        getComputedStyle(el).display === 'inline' &&
        [...(el.parentElement?.childNodes ?? [])].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        );
      for (const el of document.querySelectorAll(
        'a[href], button, input, select, textarea, summary',
      )) {
        if (!shown(el) || (el.tagName === 'A' && inSentence(el))) continue;
        // A radio button or a checkbox is hit through its label too.
        const hit = [el, ...((el as HTMLInputElement).labels ?? [])].map((e) =>
          e.getBoundingClientRect(),
        );
        if (!hit.some((box) => box.width >= minTarget - 0.5 && box.height >= minTarget - 0.5)) {
          const box = hit[0];
          found.push(
            `${named(el)} is a ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px target`,
          );
        }
      }
      for (const el of document.querySelectorAll('input, select, textarea')) {
        if (!shown(el) || ['radio', 'checkbox'].includes((el as HTMLInputElement).type)) continue;
        const size = Number.parseFloat(getComputedStyle(el).fontSize);
        if (size < 16) found.push(`${named(el)} has ${size} px text (iOS zooms in on focus)`);
      }
      // A drawing's text and dots at their size on screen: viewBox units times the drawing's scale.
      for (const svg of document.querySelectorAll<SVGSVGElement>('main svg[viewBox]')) {
        if (!shown(svg)) continue;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const title = svg.getAttribute('aria-label') ?? '';
        const frame = svg.getBoundingClientRect();
        for (const text of svg.querySelectorAll('text')) {
          if (!shown(text)) continue;
          const size = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
          if (size < chartText)
            found.push(`"${title}": "${text.textContent}" is ${size.toFixed(1)} px`);
          // Sideways only, and within a glyph box's slack: a font's line box is taller than its letters.
          const box = text.getBoundingClientRect();
          if (box.left < frame.left - textSlack || box.right > frame.right + textSlack)
            found.push(`"${title}": "${text.textContent}" is cut off at the drawing's side`);
        }
        const dots = [...svg.querySelectorAll('circle')].filter(shown);
        const radius = Math.min(...dots.map((dot) => dot.r.baseVal.value * scale));
        if (radius < dotRadius) found.push(`"${title}": dots of ${radius.toFixed(2)} px radius`);
      }
      return found;
    },
    {
      headerShare: HEADER_SHARE,
      target: TARGET,
      minTarget: MIN_TARGET,
      chartText: CHART_TEXT,
      dotRadius: DOT_RADIUS,
      textSlack: TEXT_SLACK,
    },
  );
}

/** The problems of the page shown at both phone sizes, each line naming the page and the width. */
async function problemsOnPhones(page: Page, path: string): Promise<string[]> {
  const found: string[] = [];
  for (const size of [PHONE, SMALL_PHONE]) {
    await page.setViewportSize(size);
    found.push(...(await problems(page)).map((problem) => `${path} @${size.width}: ${problem}`));
  }
  return found;
}

for (const locale of ['ko', 'en'] as const) {
  test(`${locale}: on a 360 px and a 320 px phone every page fits the width, with a short header, 44 px controls, 24 px targets and legible figures`, async ({
    page,
    app,
  }) => {
    await page.context().addCookies([{ name: 'locale', value: locale, url: app.url }]);
    await page.setViewportSize(PHONE);
    const found: string[] = [];
    for (const path of PAGES) {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      found.push(...(await problemsOnPhones(page, path)));
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
  expect(await problemsOnPhones(page, '/review, answer shown')).toEqual([]);
});

test('on a phone a checked exercise, its verdict and its worked solution fit too', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/practice/adam?seed=3&level=3');
  await page.getByLabel('Answer', { exact: true }).fill('[0, 0]');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.verdict strong')).toHaveText('Incorrect');
  await expect(page.locator('.solution .katex').first()).toBeVisible();
  expect(await problemsOnPhones(page, '/practice/adam, checked')).toEqual([]);
});

/** The display formulas of the page that are wider than their box, with their start. */
function widerFormulas(page: Page): Promise<string[]> {
  return page
    .locator('.katex-display')
    .evaluateAll((boxes) =>
      boxes
        .filter((box) => box.scrollWidth > box.clientWidth + 1)
        .map((box) => `${box.textContent?.slice(0, 30)}: ${box.scrollWidth} > ${box.clientWidth}`),
    );
}

// The optimizers' rules and worked steps are written a line per quantity (Adam's moments, the ε of
// Adagrad and RMSProp, a sum's value), so their formulas need no scrolling sideways on a 360 px
// phone. Two lines still may, and their boxes then show the cue above: on a 320 px phone Adam's
// widest step line, η m̂ / (√v̂ + ε) = [a, b]; and RMSProp's E[g²]_t = 0.99 E[g²]_{t−1} + 0.01 g_t²,
// about 303 px in a 286 px box at 360 px.
for (const [href, solutionFits] of [
  ['/practice/adam?seed=3&level=3', true],
  ['/practice/rmsprop?seed=1&level=3', false],
  ['/practice/adagrad?seed=1&level=3', true],
] as const) {
  test(`on a phone no formula of ${href} scrolls sideways: ${solutionFits ? 'the prompt and, once checked, the worked solution' : 'the prompt'}`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(href);
    expect(await widerFormulas(page), 'the prompt').toEqual([]);
    if (!solutionFits) return;
    await page.getByLabel('Answer', { exact: true }).fill('[0, 0]');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator('.solution .katex').first()).toBeVisible();
    expect(await page.locator('.katex-display').count()).toBeGreaterThan(3);
    expect(await widerFormulas(page), 'the worked solution').toEqual([]);
  });
}

test("a phone's keyboard leaves every answer box as typed: no capitals, corrections, completions or spelling marks", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  for (const href of ['/practice/adam?seed=3&level=3', '/practice/backprop-chain?seed=7&level=2']) {
    await page.goto(href);
    const boxes = page.locator('input.answer-input');
    const count = await boxes.count();
    expect(count, href).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const box = boxes.nth(i);
      // `text`, not `decimal`: brackets, commas and semicolons are part of an answer.
      for (const [name, value] of [
        ['type', 'text'],
        ['inputmode', 'text'],
        ['autocapitalize', 'off'],
        ['autocorrect', 'off'],
        ['autocomplete', 'off'],
        ['spellcheck', 'false'],
      ]) {
        await expect(box, `${href}, box ${i}: ${name}`).toHaveAttribute(name, value);
      }
    }
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
    expect(await problemsOnPhones(page, path)).toEqual([]);
  }
});
