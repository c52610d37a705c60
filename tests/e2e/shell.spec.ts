// The app shell: home on a new database, navigation, languages, themes, and nothing fetched from elsewhere.
import { expect, test } from './fixtures';

test('a new database shows nothing due and links into every part', async ({ page, app }) => {
  const foreign: string[] = [];
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      blocked.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(app.url) && !request.url().startsWith('data:'))
      foreign.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Due today' })).toBeVisible();
  await expect(page.getByTestId('due-count')).toHaveText('0');
  await expect(page.getByTestId('new-count')).not.toHaveText('0');
  for (const part of ['Review', 'Practice', 'Concepts', 'Stats']) {
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: part }),
    ).toBeVisible();
  }
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Concepts' })
    .click();
  await expect(page.getByRole('heading', { name: 'Concepts', level: 1 })).toBeVisible();
  expect(foreign).toEqual([]);
  expect(blocked).toEqual([]);
});

test('every page carries the security headers', async ({ request }) => {
  for (const path of ['/', '/review', '/practice', '/concepts', '/stats', '/api/export']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const policy = headers['content-security-policy'];
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).not.toMatch(/https?:|unsafe-eval/);
    if (path.startsWith('/api/')) {
      expect(policy, path).toContain("default-src 'none'");
    } else {
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    }
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    // A policy that never sends a path to another origin.
    expect([
      'no-referrer',
      'same-origin',
      'strict-origin',
      'strict-origin-when-cross-origin',
    ]).toContain(headers['referrer-policy']);
  }
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('the browser language picks Korean, and a switch to English is remembered', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { name: '오늘 복습' })).toBeVisible();
    const description = page.locator('meta[name="description"]');
    await expect(description).toHaveAttribute('content', /딥러닝의 기초/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Due today' })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(description).toHaveAttribute('content', /fundamentals of deep learning/);
    await page.getByRole('button', { name: '한국어' }).click();
    await expect(page.getByRole('heading', { name: '오늘 복습' })).toBeVisible();
  });
});

test('the dark theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
});

test('the benchmark’s no-op page is not served unless the benchmark asks for it', async ({
  request,
}) => {
  expect((await request.get('/bench-noop')).status()).toBe(404);
});

test('the navigation marks the section shown as the current page, and only that one', async ({
  page,
}) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const current = async () =>
    nav
      .getByRole('link')
      .evaluateAll((links) =>
        links.filter((a) => a.getAttribute('aria-current') !== null).map((a) => a.textContent),
      );
  await page.goto('/');
  expect(await current()).toEqual([]);
  for (const [path, part] of [
    ['/practice/adam?seed=3&level=1', 'Practice'],
    ['/concepts/adam', 'Concepts'],
    ['/stats', 'Stats'],
  ] as const) {
    await page.goto(path);
    await expect(nav.getByRole('link', { name: part })).toHaveAttribute('aria-current', 'page');
    expect(await current(), path).toEqual([part]);
  }
  // A client-side navigation moves the mark.
  await nav.getByRole('link', { name: 'Review' }).click();
  await expect(nav.getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
  expect(await current()).toEqual(['Review']);
  // It shows: the current link's look differs from the others'.
  const look = (name: string) =>
    nav
      .getByRole('link', { name })
      .evaluate(
        (a) => `${getComputedStyle(a).fontWeight} ${getComputedStyle(a).textDecorationLine}`,
      );
  expect(await look('Review')).not.toBe(await look('Stats'));
});
