// Export from one profile, import into an empty one through the Stats page: the progress comes back exactly.
import { startServer } from '../support/app-server';
import { expect, test } from './fixtures';

test('export → import round trip', async ({ page, app, request }) => {
  await page.goto('/review');
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: 'Good' }).click();
    await expect(page.getByTestId('review-progress')).toHaveText(new RegExp(`^${i + 1} done`));
  }
  const exported = await (await request.get(`${app.url}/api/export`)).json();
  expect(exported.version).toBe(1);
  expect(exported.reviews).toHaveLength(3);

  const empty = await startServer();
  try {
    await page.goto(`${empty.url}/stats`);
    await page.getByLabel('Import progress').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
      '3 reviews',
    );
    await expect(page.getByTestId('total-reviews')).toHaveText('3');
    const again = await (await request.get(`${empty.url}/api/export`)).json();
    expect({ ...again, exportedAt: null }).toEqual({ ...exported, exportedAt: null });

    await page.getByLabel('Import progress').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'already has progress' }),
    ).toBeVisible();
  } finally {
    await empty.dispose();
  }
});
