// A choice exercise: figure and options, no sign of the right one before the check, a wrong then the right pick, stored.
import { generatorById } from '../../lib/exercises';
import { expect, test } from './fixtures';

test('fit-diagnosis: figure, options, a wrong pick then the right one, both stored', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(90_000);
  const exercise = generatorById('fit-diagnosis')!.generate(11, 1);
  if (exercise.kind !== 'choice') throw new Error('fit-diagnosis is a choice exercise');
  const right = exercise.answer.display;
  const wrong = exercise.choices.find((c) => c.id !== right)!;

  const response = await page.goto('/practice/fit-diagnosis?seed=11&level=1');
  const html = (await response?.text()) ?? '';
  // Which option is right appears nowhere: neither its explanation nor the answer field.
  expect(html).not.toContain(exercise.explanations[right].en.slice(0, 60));
  expect(html).not.toContain('"display"');
  expect(html).not.toContain('explanations');

  await expect(page.locator('figure svg')).toBeVisible();
  await expect(page.locator('figcaption')).toContainText('Training loss');
  const radios = page.getByRole('radio');
  await expect(radios).toHaveCount(exercise.choices.length);

  // Keyboard: the option's number picks it, Enter checks.
  const wrongIndex = exercise.choices.indexOf(wrong);
  await radios.first().focus();
  await page.keyboard.press(String(wrongIndex + 1));
  await expect(page.getByRole('radio', { checked: true })).toHaveValue(wrong.id);
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict strong')).toHaveText('Incorrect');
  await expect(page.locator('.choice-explanation')).toContainText(
    exercise.explanations[wrong.id].en.slice(0, 40),
  );

  // The letter picks too; the check button checks.
  await page.keyboard.press(right.toUpperCase());
  await expect(page.getByRole('radio', { checked: true })).toHaveValue(right);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.verdict strong')).toHaveText('Correct');

  const exported = await (await request.get(`${app.url}/api/export`)).json();
  const attempts = exported.attempts.filter(
    (a: { generatorId: string }) => a.generatorId === 'fit-diagnosis',
  );
  expect(attempts.map((a: { input: string; correct: boolean }) => [a.input, a.correct])).toEqual([
    [wrong.id, false],
    [right, true],
  ]);
});
