// backprop-chain on the page: a wrong first part and later parts consistent with it are carried
// forward, each part's answer stays on the server until it is checked, and the attempt keeps every part.

import type { Page } from '@playwright/test';
import { generatorById } from '../../lib/exercises';
import { answersFrom, byHand, type Inputs, matVec } from '../helpers/chain-by-hand';
import { expect, test } from './fixtures';

const URL = '/practice/backprop-chain?seed=7&level=2';
const IDS = ['z1', 'a1', 'z2', 'loss', 'dz2', 'dW2', 'da1', 'dz1', 'dW1', 'W1new'];
/** Each part's quantity as a screen reader says it, in the order of IDS. */
const SYMBOLS = [
  'z₁',
  'a₁',
  'z₂',
  'L',
  'δ₂ = ∂L/∂z₂',
  '∂L/∂W₂',
  '∂L/∂a₁',
  'δ₁ = ∂L/∂z₁',
  '∂L/∂W₁',
  'W₁ − η ∂L/∂W₁',
];
const box = (page: Page, id: string) =>
  page.getByRole('textbox', { name: `Answer for ${SYMBOLS[IDS.indexOf(id)]}`, exact: true });

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
  const first = box(page, 'z1');
  await first.fill(answers.z1);
  await first.press('Enter');
  await expect(box(page, 'a1')).toBeFocused();
  for (const id of IDS.slice(1)) {
    await box(page, id).fill(answers[id]);
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
  await box(page, 'z1').fill(answers.z1);
  await box(page, 'a1').fill(answers.a1);
  await page.getByRole('button', { name: 'Check z₁', exact: true }).click();
  await expect(page.locator('[data-part="z1"] .verdict strong')).toHaveText('Correct');
  await expect(page.locator('[data-part="a1"] .verdict')).toHaveCount(0);
  const a1 = exercise.parts?.find((p) => p.id === 'a1')?.answer.display ?? '';
  await expect(page.locator('body')).not.toContainText(a1);
});

for (const [locale, answer, check] of [
  ['en', (s: string) => `Answer for ${s}`, (s: string) => `Check ${s}`],
  ['ko', (s: string) => `${s} 답`, (s: string) => `${s} 채점`],
] as const) {
  test(`${locale}: each box and its check button are named by the part's symbol in plain text`, async ({
    page,
    app,
  }) => {
    await page.context().addCookies([{ name: 'locale', value: locale, url: app.url }]);
    await page.goto(URL);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const boxes = page.locator('ol.parts li.part');
    await expect(boxes).toHaveCount(IDS.length);
    for (const [index, symbol] of SYMBOLS.entries()) {
      const part = boxes.nth(index);
      await expect(part.getByRole('textbox')).toHaveAccessibleName(answer(symbol));
      await expect(part.getByRole('button')).toHaveAccessibleName(check(symbol));
    }
  });
}
