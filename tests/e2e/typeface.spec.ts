// The Korean typeface: self-hosted Noto Sans KR draws Korean headings, loaded in unicode-range slices from the app itself.
import { expect, test } from './fixtures';

/** Families of `document.fonts` that are loaded and whose unicode-range covers every Hangul letter of `text`. */
async function loadedFacesFor(page: import('@playwright/test').Page, text: string) {
  return page.evaluate(async (sample) => {
    await document.fonts.ready;
    const hangul = [...sample].filter((c) => /[\uac00-\ud7a3]/.test(c));
    const covers = (range: string, code: number) =>
      range.split(',').some((part) => {
        const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
        return parseInt(a, 16) <= code && code <= parseInt(b ?? a, 16);
      });
    const faces = [...document.fonts].filter((f) => f.status === 'loaded');
    return hangul.map((c) => ({
      letter: c,
      families: faces
        .filter((f) => covers(f.unicodeRange, c.codePointAt(0) as number))
        .map((f) => f.family.replace(/["']/g, '')),
    }));
  }, text);
}

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('a concept heading is set in the app’s Korean typeface, served by the app', async ({
    page,
    app,
  }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const fonts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'font') fonts.push(r.url());
    });
    await page.goto('/concepts/batch-normalization');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('배치 정규화');
    const family = await heading.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family.split(',')[0].replace(/["']/g, '').trim()).toBe('Noto Sans KR');

    const text = (await heading.textContent()) ?? '';
    const perLetter = await loadedFacesFor(page, text);
    expect(perLetter.length).toBeGreaterThan(0);
    for (const { letter, families } of perLetter) {
      expect(families, `no loaded face draws ${letter}`).toContain('Noto Sans KR');
    }
    expect(await page.evaluate((t) => document.fonts.check(`16px "Noto Sans KR"`, t), text)).toBe(
      true,
    );

    // Only some slices are fetched, all from the app's own origin, and the CSP lets them through.
    const korean = fonts.filter((u) => u.includes('noto-sans-kr'));
    expect(korean.length).toBeGreaterThan(0);
    expect(korean.length).toBeLessThan(60);
    for (const url of fonts) expect(new URL(url).origin).toBe(app.url);
    expect(violations).toEqual([]);
  });
});

test('the English page draws the language switch’s Hangul with the same typeface', async ({
  page,
}) => {
  await page.goto('/concepts');
  const perLetter = await loadedFacesFor(page, '한국어');
  for (const { letter, families } of perLetter) {
    expect(families, `no loaded face draws ${letter}`).toContain('Noto Sans KR');
  }
  // Loaded is not drawn: the fonts the browser really used for the switch's text (a system font
  // without Hangul draws boxes).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '.language-switch button[lang="ko"]',
  });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  // The web font's own name (the file names its weight, e.g. "Noto Sans KR Thin"), served by the app.
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.familyName).toMatch(/^Noto Sans KR/);
    expect(font.isCustomFont).toBe(true);
  }
});
