// Shared mode in the browser: two learners sign up in two browser contexts, one studies and the other's
// /stats shows none of it, and the first one's progress is there after the server restarts. Without a
// session, pages go to sign-in, JSON routes answer 401, and nothing is written.

import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { generatorById } from '../../lib/exercises';
import { expect, sharedTest as test } from './fixtures';

async function signUp(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/review');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Freview$/);
  await page.getByRole('link', { name: 'Sign up' }).click();
  await expect(page.getByRole('heading', { name: 'Sign up', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return page;
}

/** Row counts of the server's database file, read beside the server. */
function countRows(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

test('two learners: each sees only their own progress, and it outlives a restart', async ({
  browser,
  app,
}) => {
  test.setTimeout(180_000);
  const ada = await signUp(browser, app.url, 'ada@example.org');
  const ben = await signUp(browser, app.url, 'ben@example.org');

  await ben.goto('/stats');
  const bensStatsBefore = await ben.locator('main').textContent();
  await expect(ben.getByTestId('total-reviews')).toHaveText('0');

  await ada.goto('/review');
  await ada.getByRole('button', { name: 'Show answer' }).click();
  await ada.getByRole('button', { name: 'Good' }).click();
  await expect(ada.getByTestId('review-progress')).toHaveText(/^1 done/);
  const exercise = generatorById('mse')!.generate(3, 1);
  await ada.goto('/practice/mse?seed=3&level=1');
  await ada.getByRole('textbox', { name: 'Answer', exact: true }).fill(exercise.answer.display);
  await ada.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(ada.locator('.verdict strong')).toHaveText('Correct');

  await ben.goto('/stats');
  await expect(ben.getByTestId('total-reviews')).toHaveText('0');
  expect(await ben.locator('main').textContent()).toBe(bensStatsBefore);
  await ben.goto('/review');
  await expect(ben.getByTestId('review-progress')).toHaveText(/^0 done/);

  await app.stop();
  await app.restart();

  // The sessions live in the database: both are still signed in after the restart.
  await ada.goto('/stats');
  await expect(ada.getByTestId('total-reviews')).toHaveText('1');
  await ada.goto('/practice');
  await expect(ada.getByRole('link', { name: /MSE|Mean squared/i }).first()).toContainText('100%');
  await ben.goto('/stats');
  await expect(ben.getByTestId('total-reviews')).toHaveText('0');
});

test('without a session: pages go to sign-in, JSON routes answer 401, nothing is written', async ({
  request,
  app,
}) => {
  const page = await request.get('/review', { maxRedirects: 0 });
  expect(page.status()).toBe(303);
  expect(page.headers().location).toMatch(/\/sign-in\?next=%2Freview$/);
  const exported = await request.get('/api/export', { maxRedirects: 0 });
  expect(exported.status()).toBe(401);
  const rated = await request.post('/api/reviews', {
    data: { submissionId: 'anonymous-0001', cardId: 1, rating: 3, expectedReps: 0 },
    maxRedirects: 0,
  });
  expect(rated.status()).toBe(401);
  const imported = await request.post('/api/import', { data: {}, maxRedirects: 0 });
  expect(imported.status()).toBe(401);
  for (const table of ['Learner', 'Card', 'Review', 'Attempt', 'User', 'Session']) {
    expect([table, countRows(app.databaseFile, table)]).toEqual([table, 0]);
  }
  // The health check and the sign-in page stay open.
  expect((await request.get('/api/health')).status()).toBe(200);
  expect((await request.get('/sign-in')).status()).toBe(200);
});

test('sign-in attempts are limited per account, with the same answer whether it exists or not', async ({
  request,
}) => {
  const signUp = await request.post('/api/auth/sign-up', {
    data: { email: 'cy@example.org', password: 'a good long password' },
  });
  expect(signUp.status()).toBe(200);
  const answers: Record<string, [number, string][]> = {};
  for (const email of ['cy@example.org', 'nobody@example.org']) {
    answers[email] = [];
    for (let i = 0; i < 6; i++) {
      const response = await request.post('/api/auth/sign-in', {
        data: { email, password: `wrong password ${i}` },
      });
      answers[email].push([response.status(), await response.text()]);
    }
  }
  expect(answers['cy@example.org'].map(([status]) => status)).toEqual([
    401, 401, 401, 401, 401, 429,
  ]);
  expect(answers['nobody@example.org']).toEqual(answers['cy@example.org']);
  // The right password is refused too while the account is over its limit.
  const blocked = await request.post('/api/auth/sign-in', {
    data: { email: 'cy@example.org', password: 'a good long password' },
  });
  expect(blocked.status()).toBe(429);
});

test('sign-in attempts count against the address the server sees, not one the client claims', async ({
  request,
}) => {
  // A different e-mail each time (no account reaches its own limit) and a different
  // X-Forwarded-For each time: with no proxy trusted, all 51 come from this one address.
  const statuses: number[] = [];
  for (let i = 0; i < 51; i++) {
    const response = await request.post('/api/auth/sign-in', {
      data: { email: `guess${i}@example.org`, password: 'a wrong password' },
      headers: {
        'X-Forwarded-For': `203.0.113.${i}`,
        'X-Backprop-Client-Address': `198.51.100.${i}`,
      },
    });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 50).every((status) => status === 401)).toBe(true);
  expect(statuses[50]).toBe(429);
});

test('an account changes its password, signs out and in, and is deleted with all its progress', async ({
  browser,
  app,
}) => {
  test.setTimeout(120_000);
  const page = await signUp(browser, app.url, 'dee@example.org');
  await page.goto('/review');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'Good' }).click();
  await expect(page.getByTestId('review-progress')).toHaveText(/^1 done/);
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.includes('session_token'));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');

  await page.goto('/account');
  await page.getByLabel('Current password').fill('correct horse battery');
  await page.getByLabel('New password').fill('another horse battery');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status').first()).toContainText('Password changed');

  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/stats');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstats$/);
  await page.getByRole('textbox', { name: 'Email' }).fill('dee@example.org');
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('status')).toContainText('The e-mail or password is wrong.');
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('dee@example.org');
  await page.getByLabel('Password', { exact: true }).fill('another horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/stats$/);
  const newSession = (await page.context().cookies()).find((c) => c.name.includes('session_token'));
  expect(newSession?.value).not.toBe(session?.value);
  await expect(page.getByTestId('total-reviews')).toHaveText('1');

  expect(countRows(app.databaseFile, 'Review')).toBe(1);
  await page.goto('/account');
  await page.getByLabel('Password to confirm').fill('another horse battery');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  // The browser is signed out: the session cookie was cleared with the account.
  const left = (await page.context().cookies()).filter((c) => c.name.includes('session_token'));
  expect(left).toEqual([]);
  for (const table of ['User', 'Session', 'Account', 'Learner', 'Card', 'Review']) {
    expect([table, countRows(app.databaseFile, table)]).toEqual([table, 0]);
  }
});
