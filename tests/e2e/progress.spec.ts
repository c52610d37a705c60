// Progress lasts: a rating and an answer are still there after the server restarts, and /stats shows them.
import { generatorById } from '../../lib/exercises';
import { expect, test } from './fixtures';

test('progress is kept across a server restart', async ({ page, app }) => {
  await page.goto('/review');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'Good' }).click();
  await expect(page.getByTestId('review-progress')).toHaveText(/^1 done/);

  const exercise = generatorById('mse')!.generate(3, 1);
  await page.goto('/practice/mse?seed=3&level=1');
  await page.getByRole('textbox', { name: 'Answer', exact: true }).fill(exercise.answer.display);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.verdict strong')).toHaveText('Correct');

  await app.stop();
  await app.restart();

  await page.goto('/stats');
  await expect(page.getByTestId('total-reviews')).toHaveText('1');
  await expect(page.getByTestId('streak')).toHaveText('1 day');
  await page.goto('/review');
  await expect(page.getByTestId('review-progress')).toHaveText(/^1 done/);
  await page.goto('/practice');
  await expect(page.getByRole('link', { name: /MSE|Mean squared/i }).first()).toContainText('100%');
});
