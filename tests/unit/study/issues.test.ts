// Invalid requests and files are explained in the learner's language, with none of zod's English inside.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExportFile } from '@/lib/db/transfer-validate';
import { invalidRequest } from '@/lib/study/errors';
import { checkRequestSchema, ratingRequestSchema, undoRequestSchema } from '@/lib/study/schemas';
import { importRefusal } from '@/lib/study/transfer';

const valid = { submissionId: 'abcdefgh1', cardId: 1, rating: 3, expectedReps: 0 };

function refusal(data: unknown) {
  const parsed = ratingRequestSchema.safeParse(data);
  if (parsed.success) throw new Error('expected an invalid request');
  return invalidRequest(parsed.error);
}

describe('an invalid request', () => {
  it.each([
    [
      { ...valid, submissionId: 'x' },
      'submissionId: must be 8 to 64 letters, digits, - or _',
      'submissionId: 영문자, 숫자, -, _로 된 8~64자여야 합니다',
    ],
    [
      { ...valid, rating: 5 },
      'rating: must be one of 1, 2, 3, 4',
      'rating: 다음 중 하나여야 합니다: 1, 2, 3, 4',
    ],
    [{ ...valid, cardId: 0 }, 'cardId: must be more than 0', 'cardId: 0보다 커야 합니다'],
    [{ ...valid, cardId: 1.5 }, 'cardId: must be a whole number', 'cardId: 정수여야 합니다'],
    [{ ...valid, cardId: '1' }, 'cardId: must be a number', 'cardId: 숫자여야 합니다'],
    [
      { ...valid, expectedReps: -1 },
      'expectedReps: must be at least 0',
      'expectedReps: 0 이상이어야 합니다',
    ],
    [
      { ...valid, extra: 1 },
      'request: has unknown fields: "extra"',
      '요청: 알 수 없는 필드가 있습니다: "extra"',
    ],
    [null, 'request: must be an object', '요청: 객체여야 합니다'],
  ])('%j is explained in both languages', (data, en, ko) => {
    const answer = refusal(data);
    expect(answer.status).toBe(400);
    expect(answer.error.en).toBe(`The request is not valid (${en}). Nothing was saved.`);
    expect(answer.error.ko).toBe(`요청이 올바르지 않습니다 (${ko}). 저장된 것은 없습니다.`);
  });

  it('never carries zod’s own message, in any language, whatever is sent', () => {
    const schemas = [ratingRequestSchema, undoRequestSchema, checkRequestSchema];
    const near = fc.record(
      {
        submissionId: fc.oneof(fc.string({ maxLength: 70 }), fc.integer()),
        cardId: fc.oneof(fc.integer(), fc.double(), fc.string()),
        rating: fc.oneof(fc.integer({ min: -2, max: 7 }), fc.string()),
        expectedReps: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(null)),
        generatorId: fc.oneof(fc.constant('sigmoid'), fc.string()),
        seed: fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 40)),
        level: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('1')),
        input: fc.oneof(fc.string(), fc.integer()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), near), fc.nat(2), (data, which) => {
        const parsed = schemas[which].safeParse(data);
        if (parsed.success) return;
        const { error } = invalidRequest(parsed.error);
        const zodMessage = parsed.error.issues[0].message;
        expect(error.en).not.toContain(zodMessage);
        expect(error.ko).not.toContain(zodMessage);
        // Korean prose only: what remains after the field name and quoted values has no Latin word.
        const prose = error.ko.replace(/\(([\w.]+):/, '(').replace(/"[^"]*"|\d[\d,.\s]*/g, '');
        expect(prose).not.toMatch(/[A-Za-z]{3,}/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a file that is not an export', () => {
  it('says which field is wrong, in both languages', () => {
    const checked = parseExportFile({ app: 'backprop', version: 1, exportedAt: 'yesterday' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const answer = importRefusal(checked.refusal);
    expect(answer.status).toBe(422);
    expect(answer.error.en).toBe(
      'Not a Backprop export (exportedAt: must be a date and time written like 2026-03-02T09:00:00Z). Nothing was imported.',
    );
    expect(answer.error.ko).toBe(
      'Backprop에서 내보낸 파일이 아닙니다 (exportedAt: 2026-03-02T09:00:00Z처럼 쓴 날짜와 시각이어야 합니다). 아무것도 가져오지 않았습니다.',
    );
  });
});
