// An exercise answered wrong, then right; the answer is not in the page before the check.
import { checkAnswer, generatorById, generators, type Level } from '../../lib/exercises';
import { display } from '../../lib/exercises/format';
import { expect, test } from './fixtures';

const words = {
  en: {
    answer: 'Answer',
    check: 'Check',
    correct: 'Correct',
    incorrect: 'Incorrect',
    invalid: 'Not an answer',
    solution: 'Worked solution',
  },
  ko: {
    answer: '답',
    check: '채점',
    correct: '정답',
    incorrect: '오답',
    invalid: '답이 아닙니다',
    solution: '풀이',
  },
} as const;

for (const locale of ['en', 'ko'] as const) {
  test.describe(`practice (${locale})`, () => {
    test.use({ locale: locale === 'ko' ? 'ko-KR' : 'en-US' });

    test('wrong, then invalid, then right, with the worked solution', async ({ page }) => {
      const w = words[locale];
      const exercise = generatorById('sigmoid')!.generate(42, 1);
      const response = await page.goto('/practice/sigmoid?seed=42&level=1');
      const html = (await response?.text()) ?? '';
      expect(html).not.toContain(exercise.answer.display);

      const field = page.getByRole('textbox', { name: w.answer, exact: true });
      await field.fill('123456');
      await page.getByRole('button', { name: w.check, exact: true }).click();
      await expect(page.locator('.verdict strong')).toHaveText(w.incorrect);
      await expect(page.getByText(w.solution, { exact: true })).toBeVisible();

      await field.fill('abc');
      await page.getByRole('button', { name: w.check, exact: true }).click();
      await expect(page.locator('.verdict strong')).toHaveText(w.invalid);

      await field.fill(exercise.answer.display);
      await page.getByRole('button', { name: w.check, exact: true }).click();
      await expect(page.locator('.verdict strong')).toHaveText(w.correct);
    });
  });
}

test('a diagnosed mistake is named with its formula rendered', async ({ page }) => {
  const generator = generatorById('loss-gradient');
  if (!generator || generator.kind === 'choice') throw new Error('no loss-gradient generator');
  // The first exercise where a typed mistake whose name holds TeX ("the $1/n$ of the mean") is diagnosed.
  const found = ([1, 2, 3] as Level[])
    .flatMap((level) => Array.from({ length: 40 }, (_, seed) => generator.generate(seed, level)))
    .flatMap((exercise) =>
      generator.mistakes(exercise).map((c) => ({ exercise, typed: display(c.value, 8), c })),
    )
    .find(
      ({ exercise, typed, c }) =>
        c.mistake.name.en.includes('$') &&
        checkAnswer(exercise, typed).mistake?.id === c.mistake.id,
    );
  if (!found) throw new Error('no diagnosable mistake with TeX in its name');
  const { exercise, typed } = found;
  await page.goto(`/practice/loss-gradient?seed=${exercise.seed}&level=${exercise.level}`);
  await page.getByRole('textbox', { name: 'Answer', exact: true }).fill(typed);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const verdict = page.locator('.verdict');
  await expect(verdict.locator('strong')).toHaveText('Incorrect');
  await expect(
    verdict.locator('p', { hasText: 'Likely mistake' }).locator('.katex').first(),
  ).toBeVisible();
  await expect(verdict).not.toContainText('$');
});

test('the URL reproduces an exercise and New problem gives another', async ({ page }) => {
  await page.goto('/practice/adam?seed=7&level=2');
  const prompt = (await page.locator('.prompt').textContent()) ?? '';
  await page.reload();
  await expect(page.locator('.prompt')).toHaveText(prompt);
  await page.getByRole('button', { name: 'New problem' }).click();
  await expect(page).toHaveURL(/seed=\d+&level=2/);
  await expect(page.locator('.prompt')).not.toHaveText(prompt);
});

test('practice lists every generator with its accuracy', async ({ page }) => {
  await page.goto('/practice');
  await expect(page.getByRole('link', { name: /Sigmoid/ }).first()).toBeVisible();
  await expect(page.locator('.tile')).toHaveCount(generators.length);
  for (const g of generators) {
    await expect(page.locator(`a[href^="/practice/${g.id}"]`).first()).toBeVisible();
  }
  // Nothing answered yet: every tile says so.
  await expect(page.locator('.tile', { hasText: 'Not tried yet' })).toHaveCount(generators.length);
  // One wrong and one right answer to a sigmoid exercise: 1 of 2 correct.
  const exercise = generatorById('sigmoid')!.generate(42, 1);
  await page.goto('/practice/sigmoid?seed=42&level=1');
  const field = page.getByRole('textbox', { name: 'Answer', exact: true });
  for (const [typed, verdict] of [
    ['123456', 'Incorrect'],
    [exercise.answer.display, 'Correct'],
  ]) {
    await field.fill(typed);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator('.verdict strong')).toHaveText(verdict);
  }
  await page.goto('/practice');
  await expect(page.locator('a.tile[href="/practice/sigmoid"] p')).toHaveText('Accuracy 50% (1/2)');
  await expect(page.locator('.tile', { hasText: 'Not tried yet' })).toHaveCount(
    generators.length - 1,
  );
});
