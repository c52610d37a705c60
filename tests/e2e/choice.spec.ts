// A choice exercise: figure and options, no sign of the right one before the check, a wrong then the right pick, stored.
import Database from 'better-sqlite3';
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

  await expect(page.locator('figure svg:visible')).toBeVisible();
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

test('output-and-loss: digits and letters pick, Enter checks, the explanation names the pick', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const exercise = generatorById('output-and-loss')!.generate(4, 1);
  if (exercise.kind !== 'choice') throw new Error('output-and-loss is a choice exercise');
  const right = exercise.answer.display;
  const ids = exercise.choices.map((c) => c.id);
  const wrong = ids.find((id) => id !== right)!;

  await page.goto('/practice/output-and-loss?seed=4&level=1');
  await expect(page.locator('figure svg:visible')).toBeVisible();
  const radios = page.getByRole('radio');
  await expect(radios).toHaveCount(4);
  await radios.first().focus();

  // A letter (upper case) picks its option; Enter checks it.
  await page.keyboard.press(wrong.toUpperCase());
  await expect(page.getByRole('radio', { checked: true })).toHaveValue(wrong);
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict strong')).toHaveText('Incorrect');
  await expect(page.locator('.choice-explanation')).toContainText(
    exercise.explanations[wrong].en.slice(0, 40),
  );

  // The option's number picks it too; Enter checks again.
  await page.keyboard.press(String(ids.indexOf(right) + 1));
  await expect(page.getByRole('radio', { checked: true })).toHaveValue(right);
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict strong')).toHaveText('Correct');
  await expect(page.locator('.choice-explanation')).toContainText(
    exercise.explanations[right].en.slice(0, 40),
  );
});

test('learning-rate-diagnosis level 3: a multi-match answer names its wrong matches, then the right one', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(90_000);
  const exercise = generatorById('learning-rate-diagnosis')!.generate(5, 3);
  if (exercise.kind !== 'choice' || !exercise.items) throw new Error('a multi-match exercise');
  const right = exercise.answer.value;
  const swapped = [right[0], right[2], right[1], right[3]].join(',');

  await page.goto('/practice/learning-rate-diagnosis?seed=5&level=3');
  await expect(page.locator('figure svg:visible')).toBeVisible();
  await expect(page.getByText('Curve 4', { exact: true })).toBeVisible();
  const field = page.getByLabel('Answer', { exact: true });

  await field.fill(swapped);
  await field.press('Enter');
  await expect(page.locator('.verdict strong')).toHaveText('Incorrect');
  const explanation = page.locator('.choice-explanation p');
  await expect(explanation).toHaveCount(2);
  await expect(explanation.nth(0)).toContainText(`Curve 2: not ${right[2]} but ${right[1]}`);
  await expect(explanation.nth(1)).toContainText(`Curve 3: not ${right[1]} but ${right[2]}`);

  await field.fill(right.join(', '));
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.verdict strong')).toHaveText('Correct');

  const exported = await (await request.get(`${app.url}/api/export`)).json();
  const attempts = exported.attempts.filter(
    (a: { generatorId: string }) => a.generatorId === 'learning-rate-diagnosis',
  );
  expect(attempts.map((a: { correct: boolean }) => a.correct)).toEqual([false, true]);
});

test('gradient-flow in review: a due choice skill shows its figure and options and is checked there', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await page.goto('/review');
  // Leave only this choice skill in the queue.
  const db = new Database(app.databaseFile);
  db.prepare(
    "UPDATE Card SET suspended = 1 WHERE NOT (kind = 'skill' AND itemId = 'gradient-flow')",
  ).run();
  db.close();
  await page.reload();
  const href = (await page.locator('article a[href^="/practice/"]').getAttribute('href')) ?? '';
  const match = /^\/practice\/gradient-flow\?seed=(\d+)&level=(\d)$/.exec(href);
  expect(match, href).not.toBeNull();
  const [, seed, level] = match as RegExpExecArray;
  const exercise = generatorById('gradient-flow')!.generate(
    Number(seed),
    Number(level) as 1 | 2 | 3,
  );
  if (exercise.kind !== 'choice') throw new Error('gradient-flow is a choice exercise');

  await expect(page.locator('article figure svg:visible')).toBeVisible();
  const radios = page.getByRole('radio');
  await expect(radios).toHaveCount(exercise.choices.length);
  await radios.first().focus();
  const right = exercise.answer.display;
  await page.keyboard.press(String(exercise.choices.findIndex((c) => c.id === right) + 1));
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict strong')).toHaveText('Correct');
  await page.getByRole('button', { name: 'Good' }).click();
  await expect(page.getByTestId('review-progress')).toHaveText(/^1 done/);
});
