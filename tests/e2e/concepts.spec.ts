// Concept notes in both languages: formulas rendered on the server, figures drawn from the engine, cards and links.
import { expect, test } from './fixtures';

test('the sigmoid note in English: formula, plot, cards and practice links', async ({ page }) => {
  await page.goto('/concepts');
  await page
    .getByRole('link', { name: /Sigmoid/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/concepts\/sigmoid$/);
  await expect(page.locator('.note .katex').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /derivative/ })).toBeVisible();
  await expect(page.locator('details.panel')).not.toHaveCount(0);
  await page
    .getByRole('link', { name: /Sigmoid/ })
    .last()
    .click();
  await expect(page).toHaveURL(/\/practice\/sigmoid/);
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('the Adam note shows Korean text and the optimizer paths', async ({ page }) => {
    await page.goto('/concepts/adam');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('.note')).toContainText('지수 이동 평균');
    await expect(
      page.getByRole('img', { name: '하나의 손실 곡면 위 다섯 옵티마이저의 경로' }),
    ).toBeVisible();
    await expect(page.locator('.note .katex-display').first()).toBeVisible();
  });
});

test('an unknown concept is a 404 page', async ({ page }) => {
  const response = await page.goto('/concepts/not-a-concept');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This page does not exist.' })).toBeVisible();
});
