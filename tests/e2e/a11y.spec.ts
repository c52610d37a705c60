// axe-core over every page, in Korean and English, light and dark: no WCAG 2.2 A/AA or best-practice violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generatorById } from '../../lib/exercises';
import { expect, sharedTest, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every page a learner reaches; the exercises and notes include one of each kind of figure. */
const PAGES = [
  '/',
  '/review',
  '/practice',
  '/practice/sigmoid?seed=42&level=1',
  '/practice/adam?seed=7&level=2',
  '/practice/backprop-chain?seed=3&level=1',
  '/practice/fit-diagnosis?seed=1&level=1',
  '/practice/learning-rate-diagnosis?seed=2&level=3',
  '/practice/output-and-loss?seed=3&level=2',
  '/practice/gradient-flow?seed=4&level=2',
  '/practice/optimizer-path?seed=5&level=2',
  '/concepts',
  '/concepts/adam',
  '/concepts/sigmoid',
  '/stats',
  '/settings',
  '/cards',
  '/cards?q=sigmoid&state=new',
];

/** One line per violated rule and node, so a failure says where to look. */
async function violations(page: Page): Promise<string[]> {
  // Right after a check the framework may put the page's <title> back a moment later (its metadata
  // is streamed); the page is judged once it has settled, title included.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${page.url()} ${violation.id}: ${node.target.join(' ')} — ${node.failureSummary}`,
    ),
  );
}

async function useLocale(page: Page, url: string, locale: 'ko' | 'en') {
  await page.context().addCookies([{ name: 'locale', value: locale, url }]);
}

const words = {
  en: { answer: 'Answer', check: 'Check', incorrect: 'Incorrect', correct: 'Correct' },
  ko: { answer: '답', check: '채점', incorrect: '오답', correct: '정답' },
} as const;

for (const locale of ['ko', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test('no page has an accessibility violation', async ({ page, app }) => {
        test.setTimeout(400_000);
        await useLocale(page, app.url, locale);
        await page.emulateMedia({ colorScheme });
        const found: string[] = [];
        for (const path of PAGES) {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          found.push(...(await violations(page)));
        }
        // A card's own page, reached from the browser.
        await page.goto('/cards');
        await page.locator('main a[href^="/cards/"]').first().click();
        await expect(page).toHaveURL(/\/cards\/\d+/);
        found.push(...(await violations(page)));
        expect(found).toEqual([]);
      });

      test('an exercise after a check, with its verdict and solution, has none', async ({
        page,
        app,
      }) => {
        test.setTimeout(180_000);
        const w = words[locale];
        await useLocale(page, app.url, locale);
        await page.emulateMedia({ colorScheme });
        await page.goto('/practice/sigmoid?seed=42&level=1');
        const field = page.getByRole('textbox', { name: w.answer, exact: true });
        await field.fill('123456');
        await page.getByRole('button', { name: w.check, exact: true }).click();
        await expect(page.locator('.verdict strong')).toHaveText(w.incorrect);
        const wrong = await violations(page);
        await field.fill(generatorById('sigmoid')!.generate(42, 1).answer.display);
        await page.getByRole('button', { name: w.check, exact: true }).click();
        await expect(page.locator('.verdict strong')).toHaveText(w.correct);
        const right = await violations(page);
        // The stats page with something on its charts.
        await page.goto('/stats');
        expect([...wrong, ...right, ...(await violations(page))]).toEqual([]);
      });
    });
  }
}

sharedTest(
  'shared mode: the sign-in, sign-up and account pages have none, in both languages and schemes',
  async ({ page, app }) => {
    sharedTest.setTimeout(300_000);
    const found: string[] = [];
    // Signed out: the forms, empty and after a refused sign-in.
    for (const locale of ['ko', 'en'] as const) {
      await page.context().addCookies([{ name: 'locale', value: locale, url: app.url }]);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const path of ['/sign-in', '/sign-up']) {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          found.push(...(await violations(page)));
        }
      }
    }
    await page.context().addCookies([{ name: 'locale', value: 'en', url: app.url }]);
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: 'Email' }).fill('nobody@example.org');
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('status')).toContainText('wrong');
    found.push(...(await violations(page)));
    // Signed in: the account page and a page with the account's navigation.
    await page.goto('/sign-up');
    await page.getByRole('textbox', { name: 'Email' }).fill('axe@example.org');
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    for (const locale of ['ko', 'en'] as const) {
      await page.context().addCookies([{ name: 'locale', value: locale, url: app.url }]);
      for (const path of ['/account', '/']) {
        await page.goto(path);
        found.push(...(await violations(page)));
      }
    }
    expect(found).toEqual([]);
  },
);
