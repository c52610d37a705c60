// Reviewing with the keyboard, and Undo, in both languages.
import Database from 'better-sqlite3';
import { generatorById } from '../../lib/exercises';
import { expect, test } from './fixtures';

const words = {
  en: {
    show: 'Show answer',
    good: 'Good',
    again: 'Again',
    undo: 'Undo',
    undone: 'The last rating was taken back.',
    done: /^1 done/,
    none: /^0 done/,
  },
  ko: {
    show: '답 보기',
    good: '알맞음',
    again: '다시',
    undo: '되돌리기',
    undone: '마지막 평가를 되돌렸습니다.',
    done: /^1장 완료/,
    none: /^0장 완료/,
  },
} as const;

for (const locale of ['en', 'ko'] as const) {
  test.describe(`review (${locale})`, () => {
    test.use({ locale: locale === 'ko' ? 'ko-KR' : 'en-US' });

    test('Space shows the answer, a number key rates, Ctrl+Z undoes', async ({ page }) => {
      const w = words[locale];
      await page.goto('/review');
      const front = page.locator('.card-face').first();
      await expect(front).toBeVisible();
      const question = (await front.textContent()) ?? '';
      await expect(page.getByTestId('review-progress')).toHaveText(w.none);
      await expect(page.getByRole('button', { name: w.good })).toHaveCount(0);
      await expect(page.locator('article[data-keys="ready"]')).toBeVisible();

      await page.keyboard.press('Space');
      await expect(page.getByRole('button', { name: w.show })).toHaveCount(0);
      await expect(page.getByRole('button', { name: w.again })).toBeVisible();
      await expect(page.getByRole('button', { name: w.good })).toBeVisible();

      await page.keyboard.press('3');
      await expect(page.getByTestId('review-progress')).toHaveText(w.done);
      await expect(page.locator('.card-face').first()).not.toHaveText(question);

      await page.keyboard.press('Control+z');
      await expect(page.getByRole('status').filter({ hasText: w.undone })).toBeVisible();
      await expect(page.getByTestId('review-progress')).toHaveText(w.none);
      await expect(page.locator('.card-face').first()).toHaveText(question);
    });

    test('the buttons do the same as the keys', async ({ page }) => {
      const w = words[locale];
      await page.goto('/review');
      await page.getByRole('button', { name: w.show }).click();
      await page.getByRole('button', { name: w.good }).click();
      await expect(page.getByTestId('review-progress')).toHaveText(w.done);
      await page.getByRole('button', { name: w.undo }).click();
      await expect(page.getByTestId('review-progress')).toHaveText(w.none);
    });
  });
}

test('a due exercise skill gets a fresh variant, and its result suggests the rating', async ({
  page,
  app,
}) => {
  await page.goto('/review');
  // Leave only the exercise skills in the queue.
  const db = new Database(app.databaseFile);
  db.prepare("UPDATE Card SET suspended = 1 WHERE kind = 'concept'").run();
  db.close();
  await page.reload();
  const link = page.locator('article a[href^="/practice/"]');
  const href = (await link.getAttribute('href')) ?? '';
  const match = /^\/practice\/([a-z-]+)\?seed=(\d+)&level=(\d)$/.exec(href);
  expect(match).not.toBeNull();
  const [, generatorId, seed, level] = match as RegExpExecArray;
  const exercise = generatorById(generatorId)!.generate(Number(seed), Number(level) as 1 | 2 | 3);

  await expect(page.getByRole('button', { name: 'Good' })).toHaveCount(0);
  const field = page.getByRole('textbox', { name: 'Answer', exact: true });
  await field.fill('987654321');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.verdict strong')).toHaveText('Incorrect');
  await expect(page.getByText('Suggested from your answer: Again')).toBeVisible();

  await field.fill(exercise.answer.display);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.verdict strong')).toHaveText('Correct');
  await expect(page.getByText('Suggested from your answer: Hard')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hard' })).toHaveClass(/suggested/);

  await page.getByRole('button', { name: 'Good' }).click();
  await expect(page.getByTestId('review-progress')).toHaveText(/^1 done/);
  await expect(page.locator('article a[href^="/practice/"]')).not.toHaveAttribute('href', href);
});

test('a rating and an undo each reach the server once: the action answers with the next card', async ({
  page,
}) => {
  test.slow();
  await page.goto('/review');
  await expect(page.getByTestId('review-progress')).toHaveText(/^0 done/);
  // Every request for /review after the first page: the action's POST, and any refetch of the page.
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/review') {
      const action = request.headers()['next-action'] ? ' (action)' : '';
      requests.push(`${request.method()}${action}`);
    }
  });

  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'Good' }).click();
  await expect(page.getByTestId('review-progress')).toHaveText(/^1 done/);
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual(['POST (action)']);

  requests.length = 0;
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('review-progress')).toHaveText(/^0 done/);
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual(['POST (action)']);
});
