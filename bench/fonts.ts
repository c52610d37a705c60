// The font bytes a page downloads in Chromium: how much of the self-hosted Korean typeface a page pulls in.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface FontRow {
  route: string;
  locale: string;
  /** Font files the page downloaded (unicode-range slices of the typeface, KaTeX's fonts). */
  files: number;
  /** Their size as served (woff2 is already compressed). */
  kb: number;
  /** The files of the Korean typeface alone. */
  koreanKb: number;
}

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Opens each route in a fresh Chromium context with the given locale and sums the fonts it fetched. */
export async function measureFonts(
  baseUrl: string,
  routes: string[],
  locale: 'ko-KR' | 'en-US',
): Promise<FontRow[]> {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const rows: FontRow[] = [];
    for (const route of routes) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const fonts: Array<{ url: string; bytes: number }> = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'font') return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        fonts.push({ url: response.url(), bytes: body.length });
      });
      await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      await page.waitForLoadState('networkidle');
      await context.close();
      const kb = (n: number) => Number((n / 1024).toFixed(1));
      const sum = (list: typeof fonts) => list.reduce((acc, f) => acc + f.bytes, 0);
      rows.push({
        route,
        locale,
        files: fonts.length,
        kb: kb(sum(fonts)),
        koreanKb: kb(sum(fonts.filter((f) => /noto-sans-kr/.test(f.url)))),
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
