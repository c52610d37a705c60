// The study loop with the keyboard alone (no mouse event): review, an exercise wrong then right, settings, export and import.
import { readFileSync } from 'node:fs';
import type { FileChooser, Page } from '@playwright/test';
import { generatorById } from '../../lib/exercises';
import { startServer } from '../support/app-server';
import { expect, test } from './fixtures';

/** What has focus: tag, id, name and test id, to find a control by Tab. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: el?.textContent?.trim() ?? '',
      testId: el?.dataset.testid ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, and checks its focus ring shows. */
async function tabTo(
  page: Page,
  matches: (el: Awaited<ReturnType<typeof focused>>) => boolean,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(key);
    if (matches(await focused(page))) {
      await expectFocusRing(page);
      return;
    }
  }
  throw new Error(`no focusable element matched after 60 presses of ${key}`);
}

/**
 * Waits until React has hydrated the element: a focus taken before then can be lost when React
 * takes the server's markup over, and a key pressed on it then goes nowhere.
 */
async function hydrated(page: Page, selector: string) {
  await page.waitForFunction((css) => {
    const el = document.querySelector(css);
    return el !== null && Object.keys(el).some((key) => key.startsWith('__reactProps'));
  }, selector);
}

/** The focused element draws a visible outline of at least 2 px. */
async function expectFocusRing(page: Page) {
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

test('a flashcard review: Space shows the answer, 3 rates, Ctrl+Z undoes', async ({ page }) => {
  await page.goto('/review');
  const front = page.locator('.card-face').first();
  await expect(front).toBeVisible();
  const question = (await front.textContent()) ?? '';
  await expect(page.getByTestId('review-progress')).toHaveText(/^0 done/);
  await expect(page.locator('article[data-keys="ready"]')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Good' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('review-progress')).toHaveText(/^1 done/);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'taken back' })).toBeVisible();
  await expect(page.getByTestId('review-progress')).toHaveText(/^0 done/);
  await expect(page.locator('.card-face').first()).toHaveText(question);
  // The buttons are reachable by Tab too, with a visible focus ring.
  await tabTo(page, (el) => el.tag === 'button' && el.text === 'Show answer');
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.tag === 'button' && el.text.startsWith('Easy'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-progress')).toHaveText(/^1 done/);
});

test('a numeric exercise, wrong then right: Enter checks and focus moves to the verdict', async ({
  page,
}) => {
  const answer = generatorById('sigmoid')!.generate(42, 1).answer.display;
  await page.goto('/practice/sigmoid?seed=42&level=1');
  const isField = (el: { id: string }) => el.id === 'answer-sigmoid-42-1';
  await tabTo(page, isField);
  await page.keyboard.type('123456');
  await page.keyboard.press('Enter');
  const verdict = page.getByTestId('verdict-region');
  await expect(verdict.locator('.verdict strong')).toHaveText('Incorrect');
  await expect(verdict).toBeFocused();
  await expect(verdict).toHaveAttribute('aria-live', 'polite');
  await expectFocusRing(page);

  await tabTo(page, isField, 'Shift+Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(answer);
  await page.keyboard.press('Enter');
  await expect(verdict.locator('.verdict strong')).toHaveText('Correct');
  await expect(verdict).toBeFocused();
});

test('settings are saved from the keyboard', async ({ page }) => {
  await page.goto('/settings');
  await tabTo(page, (el) => el.id === 'newPerDay');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('7');
  await tabTo(page, (el) => el.tag === 'button' && el.text === 'Save');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expect(page.locator('#newPerDay')).toHaveValue('7');
});

test('progress is exported and imported from the keyboard', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/review');
  await expect(page.locator('article[data-keys="ready"]')).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.getByTestId('review-progress')).toHaveText(/^1 done/);

  await page.goto('/stats');
  const download = page.waitForEvent('download');
  await tabTo(page, (el) => el.tag === 'a' && el.text === 'Export progress (JSON)');
  await page.keyboard.press('Enter');
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.reviews).toHaveLength(1);

  const empty = await startServer();
  try {
    await page.goto(`${empty.url}/stats`);
    await hydrated(page, '#import-file');
    await tabTo(page, (el) => el.id === 'import-file');
    // Space on the focused file field opens the chooser; a press that lands before the field is
    // ready opens nothing, so it is pressed again (still from the keyboard) up to three times.
    let chooser: FileChooser | undefined;
    for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
      [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: 15_000 }).catch(() => undefined),
        page.keyboard.press('Space'),
      ]);
    }
    if (!chooser) throw new Error('Space on the file field opened no file chooser');
    await chooser.setFiles(file);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Import');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
      '1 reviews',
    );
  } finally {
    await empty.dispose();
  }
});
