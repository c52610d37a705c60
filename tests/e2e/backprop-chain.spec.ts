// backprop-chain on the page: a wrong first part and later parts consistent with it are carried
// forward, each part's answer stays on the server until it is checked, and the attempt keeps every part.
import { generatorById } from '../../lib/exercises';
import { answersFrom, byHand, type Inputs, matVec } from '../helpers/chain-by-hand';
import { expect, test } from './fixtures';

const URL = '/practice/backprop-chain?seed=7&level=2';
const IDS = ['z1', 'a1', 'z2', 'loss', 'dz2', 'dW2', 'da1', 'dz1', 'dW1', 'W1new'];

test('a wrong z1 followed by consistent parts: carried-forward verdicts, every part stored', async ({
  page,
}) => {
  const exercise = generatorById('backprop-chain')!.generate(7, 2);
  const inp = exercise.inputs as unknown as Inputs;
  const response = await page.goto(URL);
  const html = (await response?.text()) ?? '';
  for (const part of exercise.parts ?? []) {
    if (part.answer.display.length > 6) expect(html).not.toContain(part.answer.display);
  }

  const trueZ1 = matVec(inp.W1, inp.x, inp.b1);
  const wrongZ1 = trueZ1.map((z) => z * 1.3 + 0.1 * Math.sign(z));
  const answers = answersFrom(byHand(inp, wrongZ1));
  const first = page.getByRole('textbox', { name: 'Answer z1', exact: true });
  await first.fill(answers.z1);
  await first.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Answer a1', exact: true })).toBeFocused();
  for (const id of IDS.slice(1)) {
    await page.getByRole('textbox', { name: `Answer ${id}`, exact: true }).fill(answers[id]);
  }
  await page.getByRole('button', { name: 'Check all parts', exact: true }).click();

  const verdict = (id: string) => page.locator(`[data-part="${id}"] .verdict strong`).first();
  await expect(verdict('z1')).toHaveText('Incorrect');
  for (const id of IDS.slice(1)) {
    await expect(verdict(id)).toHaveText('Correct');
    await expect(page.locator(`[data-part="${id}"]`)).toContainText(
      'Correct, with your earlier error carried forward',
    );
  }
  await expect(page.locator('[data-part="a1"]')).toContainText('your earlier');
  await expect(page.locator('[data-part="dW1"]')).toContainText('Worked solution');

  const exported = await (await page.request.get('/api/export')).json();
  const attempts = exported.attempts.filter(
    (a: { generatorId: string }) => a.generatorId === 'backprop-chain',
  );
  expect(attempts).toHaveLength(1);
  expect(attempts[0]).toMatchObject({ seed: 7, level: 2, correct: false });
  const parts = JSON.parse(attempts[0].parts);
  expect(parts.map((p: { id: string }) => p.id)).toEqual(IDS);
  expect(parts[0]).toMatchObject({ id: 'z1', input: answers.z1, status: 'incorrect' });
  for (const p of parts.slice(1)) {
    expect(p).toMatchObject({ status: 'correct', carriedForward: true, input: answers[p.id] });
  }
});

test('one part checked alone shows only its own verdict and answer', async ({ page }) => {
  const exercise = generatorById('backprop-chain')!.generate(7, 2);
  const inp = exercise.inputs as unknown as Inputs;
  const answers = answersFrom(byHand(inp, matVec(inp.W1, inp.x, inp.b1)));
  await page.goto(URL);
  await page.getByRole('textbox', { name: 'Answer z1', exact: true }).fill(answers.z1);
  await page.getByRole('textbox', { name: 'Answer a1', exact: true }).fill(answers.a1);
  await page.getByRole('button', { name: 'Check z1', exact: true }).click();
  await expect(page.locator('[data-part="z1"] .verdict strong')).toHaveText('Correct');
  await expect(page.locator('[data-part="a1"] .verdict')).toHaveCount(0);
  const a1 = exercise.parts?.find((p) => p.id === 'a1')?.answer.display ?? '';
  await expect(page.locator('body')).not.toContainText(a1);
});
