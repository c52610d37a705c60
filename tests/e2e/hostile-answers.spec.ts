// Answers that look like HTML, links or TeX come back as plain text: no element, link or script of their own.
import { expect, test } from './fixtures';

// Each test starts its own server; on a busy two-core machine that alone can take most of a minute.
test.describe.configure({ timeout: 180_000 });

const answers: [string, string][] = [
  ['<img src=x onerror=alert(1)>', '<img'],
  ['$\\href{javascript:alert(1)}{x}$', '$\\href'],
  ['<javascript:alert>', '<javascript:alert>'],
  ['**bold**', '**bold**'],
];

test('hostile answers are echoed as typed and nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto('/practice/sigmoid?seed=42&level=1');
  const field = page.getByRole('textbox', { name: 'Answer', exact: true });
  const verdict = page.locator('.verdict');
  for (const [answer, shown] of answers) {
    await field.fill(answer);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(verdict.locator('strong')).toHaveText('Not an answer');
    await expect(verdict.locator('code')).toHaveText(shown);
    await expect(verdict.locator('*')).toHaveCount(3); // strong, p and the code span
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i], a[href^="mailto:" i]')).toHaveCount(0);
    await expect(verdict.locator('.katex')).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});
