// An unexpected server error shows a page in the learner's language, with a reference and a retry that works once the fault is gone.
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';

test.use({ locale: 'ko-KR' });

test('a page the server cannot render says so in Korean, and 다시 시도 shows it once the fault is gone', async ({
  page,
  app,
}) => {
  await page.goto('/review');
  const review = page.getByRole('heading', { level: 1 });
  const reviewTitle = await review.textContent();
  const db = new Database(app.databaseFile);
  try {
    // A table the review reads goes missing, as after a broken restore.
    db.exec('ALTER TABLE "Card" RENAME TO "CardAway"');
    await page.goto('/review');
    const notice = page.getByRole('alert').filter({ hasText: '서버에서 문제가 생겼습니다.' });
    await expect(
      notice.getByRole('heading', { name: '서버에서 문제가 생겼습니다.' }),
    ).toBeVisible();
    await expect(notice).toContainText('참조 번호');
    await expect(notice).not.toContainText('CardAway');
    db.exec('ALTER TABLE "CardAway" RENAME TO "Card"');
  } finally {
    db.close();
  }
  await page.getByRole('button', { name: '다시 시도' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(reviewTitle ?? '');
});
