// Reviewing with the keyboard, and Undo, in both languages.
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
