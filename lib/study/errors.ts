// The study loop's answers to requests it refuses: an HTTP status and a reason in both languages.
import type { z } from 'zod';
import { WriteError } from '../db/errors';
import { describeIssues } from './schemas';

export interface Refusal {
  ok: false;
  status: 400 | 404 | 409 | 413;
  error: { ko: string; en: string };
}

export function invalidRequest(error: z.ZodError): Refusal {
  const detail = describeIssues(error);
  return {
    ok: false,
    status: 400,
    error: {
      en: `The request is not valid (${detail}). Nothing was saved.`,
      ko: `요청이 올바르지 않습니다 (${detail}). 저장된 것은 없습니다.`,
    },
  };
}

/** Turns a write refused by lib/db into an answer; any other error is rethrown. */
export function refusalFrom(error: unknown): Refusal {
  if (!(error instanceof WriteError)) throw error;
  if (error.code === 'not-found') {
    return {
      ok: false,
      status: 404,
      error: {
        en: `${error.message} Nothing was saved.`,
        ko: '해당 카드가 없습니다. 저장된 것은 없습니다.',
      },
    };
  }
  return {
    ok: false,
    status: 409,
    error: {
      en: `${error.message} Nothing was saved.`,
      ko: '이 카드는 이미 평가되었거나 최신 평가가 아닙니다 (다른 탭?). 새로 고침하세요. 저장된 것은 없습니다.',
    },
  };
}

export function unknownExercise(generatorId: string): Refusal {
  return {
    ok: false,
    status: 404,
    error: {
      en: `There is no exercise called ${generatorId}.`,
      ko: `${generatorId}라는 연습 문제는 없습니다.`,
    },
  };
}
