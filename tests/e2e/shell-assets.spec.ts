// The app's icon and manifest are served, and loading the pages logs no console error and gets no 4xx/5xx.
import { expect, test } from './fixtures';

// Each test starts its own server; on a busy two-core machine that alone can take most of a minute.
test.describe.configure({ timeout: 180_000 });

test('favicon, icon and manifest are served', async ({ request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toContain('image/');
  // An ICO file starts with reserved 0, type 1.
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  const icon = await request.get('/icon.svg');
  expect(icon.status()).toBe(200);
  expect(await icon.text()).toContain('<svg');
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  const body = await manifest.json();
  expect(body.name).toBe('Backprop');
  expect(body.icons.length).toBeGreaterThan(0);
  for (const entry of body.icons as { src: string }[]) {
    expect((await request.get(entry.src)).status(), entry.src).toBe(200);
  }
});

test('loading each page logs no console error and gets no error response', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  // Aborted requests are not counted: Next.js cancels its link prefetches when a page is left.
  for (const path of [
    '/',
    '/review',
    '/practice',
    '/practice/sigmoid?seed=1&level=1',
    '/concepts',
    '/stats',
    '/settings',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  const links = await page
    .locator('link[rel~="icon"], link[rel="manifest"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('rel')));
  expect(links).toEqual(expect.arrayContaining(['icon', 'manifest']));
  expect(problems).toEqual([]);
});
