// What pages show of an exercise: nothing of the answer before a check; after it, the value and the steps.
import { describe, expect, it } from 'vitest';
import { checkAnswer, generators } from '@/lib/exercises';
import { display } from '@/lib/exercises/format';
import { presentCheck, presentExercise } from '@/lib/study/present';

describe('presentExercise', () => {
  it.each(generators.map((g) => [g.id]))('%s: the page before a check holds no answer', (id) => {
    const generator = generators.find((g) => g.id === id)!;
    for (const level of [1, 2, 3] as const) {
      const exercise = generator.generate(101 + level, level);
      const view = presentExercise(exercise, 'en');
      const text = JSON.stringify(view);
      // The link that reproduces the exercise, as DESIGN.md writes it.
      expect(view.href).toBe(`/practice/${id}?seed=${exercise.seed}&level=${level}`);
      // Short answers ("0", "12") can occur in any prompt; longer ones cannot by chance.
      if (exercise.answer.display.length >= 5) expect(text).not.toContain(exercise.answer.display);
      // A choice's answer is one letter, found in any page: no field holds what a check shows.
      const shown = Object.keys(view).filter((key) =>
        /expected|exact|solution|explanation|mistake|answer(?!Format)/i.test(key),
      );
      expect(shown).toEqual([]);
      for (const choice of view.choices ?? []) {
        expect(Object.keys(choice).sort()).toEqual(['id', 'labelHtml']);
      }
      expect(view.promptHtml).toContain('katex');
    }
  });
});

describe('presentCheck', () => {
  const exercise = generators[0].generate(7, 1);

  it('after a real answer, gives the exact value and every solution step, rendered', () => {
    const view = presentCheck(exercise, checkAnswer(exercise, '12345'), 'ko');
    expect(view.status).toBe('incorrect');
    expect(view.expectedHtml).toContain(exercise.answer.display);
    expect(view.solution).toHaveLength(exercise.solution.length);
    expect(view.solution?.every((step) => step.texHtml.includes('katex'))).toBe(true);
  });

  it('after input that is not an answer, gives only the reason', () => {
    const view = presentCheck(exercise, checkAnswer(exercise, 'seven'), 'en');
    expect(view.status).toBe('invalid');
    expect(view.expectedHtml).toBeUndefined();
    expect(view.solution).toBeUndefined();
    expect(view.messageHtml.length).toBeGreaterThan(0);
  });
});

describe('presentCheck of a diagnosed mistake', () => {
  it('renders the TeX in the mistake name, as in its explanation', () => {
    const generator = generators.find((g) => g.id === 'loss-gradient');
    if (!generator || generator.kind === 'choice') throw new Error('no loss-gradient generator');
    const found = [1, 2, 3].flatMap((level) =>
      Array.from({ length: 40 }, (_, seed) => generator.generate(seed, level as 1 | 2 | 3)).flatMap(
        (exercise) =>
          generator
            .mistakes(exercise)
            .filter((c) => c.mistake.name.en.includes('$'))
            .map((c) => ({ exercise, check: checkAnswer(exercise, display(c.value, 8)) })),
      ),
    );
    const diagnosed = found.filter(({ check }) => check.mistake?.name.en.includes('$'));
    expect(diagnosed.length).toBeGreaterThan(0);
    for (const { exercise, check } of diagnosed.slice(0, 5)) {
      const view = presentCheck(exercise, check, 'en');
      expect(view.mistake?.nameHtml).toContain('katex');
      expect(view.mistake?.nameHtml).not.toContain('$');
    }
  });
});
