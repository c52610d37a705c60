// The card browser, card actions with Undo, the Anki package, and fitting the scheduler's parameters.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import Database from 'better-sqlite3';
import { sqliteTimestamp } from '../../lib/db/sqlite-time';
import { startServer } from '../support/app-server';
import { expect, test } from './fixtures';

test('finds the sigmoid card in both languages; suspending it takes it out of review and Undo brings it back', async ({
  page,
  app,
}) => {
  await page.goto('/cards');
  // The first request created the cards: make the sigmoid formula card the one due for review.
  const db = new Database(app.databaseFile);
  const day = 86_400_000;
  db.prepare(
    `UPDATE Card SET state = 2, stability = 10, difficulty = 5, reps = 3, scheduledDays = 10,
       lastReview = ?, due = ? WHERE itemId = 'sigmoid-formula'`,
  ).run(
    sqliteTimestamp(new Date(Date.now() - 11 * day)),
    sqliteTimestamp(new Date(Date.now() - day)),
  );
  db.close();

  const search = page.getByRole('searchbox', { name: 'Search cards' });
  const card = page.getByRole('link', { name: /^The sigmoid: / });
  for (const query of ['시그모이드', 'sigmoid']) {
    await search.fill(query);
    await search.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /cards?$/ })).not.toHaveText('0 cards');
    await expect(card).toBeVisible();
  }
  await search.fill('no card says this');
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: '0 cards' })).toBeVisible();
  await search.fill('sigmoid');
  await search.press('Enter');
  await card.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sigmoid' })).toBeVisible();
  const cardUrl = page.url();

  await page.goto('/review');
  await expect(page.getByText('The sigmoid:')).toBeVisible();

  await page.goto(cardUrl);
  await page.getByRole('button', { name: 'Suspend' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Suspended' })).toBeVisible();
  await page.goto('/review');
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(page.getByText('The sigmoid:')).toHaveCount(0);

  await page.goto(cardUrl);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Suspend' })).toBeVisible();
  await page.goto('/review');
  await expect(page.getByText('The sigmoid:')).toBeVisible();
});

test('a rating that makes a card a leech says so on the review screen', async ({ page, app }) => {
  await page.goto('/cards');
  // Seven lapses behind it and due again: one more "Again" is the eighth, the default threshold.
  const db = new Database(app.databaseFile);
  const day = 86_400_000;
  db.prepare(
    `UPDATE Card SET state = 2, stability = 3, difficulty = 8, reps = 20, lapses = 7, scheduledDays = 5,
       lastReview = ?, due = ? WHERE itemId = 'sigmoid-formula'`,
  ).run(
    sqliteTimestamp(new Date(Date.now() - 6 * day)),
    sqliteTimestamp(new Date(Date.now() - day)),
  );
  db.close();
  await page.goto('/review');
  await expect(page.getByText('The sigmoid:')).toBeVisible();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'Again' }).click();
  await expect(
    page.getByText(/lapsed too often: it is tagged a leech and suspended/),
  ).toBeVisible();
  await page.goto('/cards?state=leech');
  await expect(page.getByRole('link', { name: /^The sigmoid: / })).toBeVisible();
});

test('downloads the concept cards as an Anki package', async ({ page }) => {
  await page.goto('/cards');
  await page.getByLabel('Deck language').selectOption('both');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .apkg' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('backprop-both.apkg');
  const bytes = readFileSync(await download.path());
  // A zip archive (local file header "PK\x03\x04") that names the collection inside.
  expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  expect(bytes.includes(Buffer.from('collection.anki2'))).toBe(true);
});

base('"Optimize parameters" fits a seeded history and shows both log losses', async ({ page }) => {
  base.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'backprop-fit-'));
  const file = path.join(dir, 'app.db');
  const seeded = spawnSync(
    'npx',
    ['tsx', 'prisma/seed-heavy.ts', '--cards', '600', '--reviews', '6000', '--attempts', '0'],
    { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: 'utf8' },
  );
  expect(seeded.status, seeded.stderr).toBe(0);
  const server = await startServer({ databaseFile: file });
  try {
    await page.goto(`${server.url}/settings`);
    await expect(page.getByText('Using the default parameters.')).toBeVisible();
    await page.getByRole('button', { name: 'Optimize parameters' }).click();
    const row = page.getByTestId('fit-history').locator('tbody tr').first();
    await expect(row).toContainText(/Adopted|Kept the parameters in use/, { timeout: 150_000 });
    const cells = row.locator('td');
    // Log loss with the defaults and with the fitted parameters, both shown.
    await expect(cells.nth(3)).toHaveText(/^0\.\d{4}$/);
    await expect(cells.nth(4)).toHaveText(/^0\.\d{4}$/);
  } finally {
    await server.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});
