// Right answers typed every way a learner may type them are read right: correct, or invalid with a reason in both languages, never incorrect.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '@/lib/exercises/parse';
import { answerOf, checkTyped, TYPED_FORMS } from '../../helpers/typed-answers';

describe('a right answer, typed as learners type it', () => {
  it.each(
    TYPED_FORMS.map((row) => {
      const { shown, exact } = answerOf(row.box);
      return [row.box, row.form, row.typed(shown, exact), row] as const;
    }),
  )('%s box, %s: %j', (box, _form, typed, row) => {
    const check = checkTyped(box, typed);
    expect(check.status).toBe(row.verdict);
    if (row.verdict === 'invalid') {
      expect(check.message.en).toContain(row.says);
      expect(check.message.ko).toMatch(/[가-힣]/);
      expect(check.message.ko).not.toBe(check.message.en);
      expect(check.failed).toBeUndefined();
    }
  });
});

describe('forms read by one rule, wherever they stand', () => {
  it('reads a line break between values as a new row, and as a space after a separator', () => {
    expect(parseAnswer('1 2\n3 4')).toEqual({
      ok: true,
      value: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseAnswer('1,\n2')).toEqual({ ok: true, value: [1, 2] });
    expect(parseAnswer('[\n1, 2\n]')).toEqual({ ok: true, value: [1, 2] });
    expect(parseAnswer('0.5\n')).toEqual({ ok: true, value: 0.5 });
  });

  it('reads thousands only when they can be nothing else, and only in a box for one number', () => {
    expect(checkTyped('whole', '1,234,567').message.en).toBe('Incorrect');
    expect(parseAnswer('1,234,567')).toEqual({ ok: true, value: [1, 234, 567] });
  });

  it('takes off quotation marks and a full stop only at the ends', () => {
    expect(parseAnswer('0.5.')).toEqual({ ok: true, value: 0.5 });
    expect(parseAnswer('[1, 2.]')).toEqual({ ok: true, value: [1, 2] });
    expect(parseAnswer('0."5"')).toMatchObject({ ok: false });
    expect(parseAnswer('.')).toMatchObject({ ok: false });
    expect(parseAnswer('""')).toMatchObject({ ok: false });
  });

  it('quotes Hangul typed by mistake as it was typed', () => {
    const read = parseAnswer('0.5ㅁ');
    expect(read.ok ? '' : read.reason.en).toBe('` 0.5ㅁ ` is not a number.');
  });

  it('joins a sign set apart to its number only at the start or after a separator', () => {
    expect(parseAnswer('- 1, - 2; [- 3, 4]')).toMatchObject({ ok: true });
    expect(parseAnswer('1 + 2')).toMatchObject({ ok: false });
    expect(parseAnswer('1 -2')).toEqual({ ok: true, value: [1, -2] });
  });
});
