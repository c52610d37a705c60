// The study loop's answers to requests it refuses: an HTTP status and a reason in both languages.
import type { z } from 'zod';
import { WriteError } from '../db/errors';
import { inBothLanguages } from '../i18n/messages';
import { describeIssues } from './issues';

export interface Refusal {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;
  error: { ko: string; en: string };
}

export function invalidRequest(error: z.ZodError): Refusal {
  return {
    ok: false,
    status: 400,
    error: inBothLanguages((m) => m.requests.invalid(describeIssues(error, m, 'request'))),
  };
}

/** 404 for a submission id this learner never stored (another learner's, say). */
export function unknownSubmission(submissionId: string): Refusal {
  return {
    ok: false,
    status: 404,
    error: inBothLanguages((m) => m.requests.submissionNotFound(submissionId)),
  };
}

/** Turns a checked answer lib/db refused (another learner's submission id) into an answer. */
export function attemptRefusal(error: unknown, submissionId: string): Refusal {
  if (!(error instanceof WriteError) || error.code !== 'unknown-submission') throw error;
  return unknownSubmission(submissionId);
}

/** Turns a rating lib/db refused into an answer; any other error is rethrown. */
export function ratingRefusal(error: unknown, cardId: number, submissionId: string): Refusal {
  if (!(error instanceof WriteError)) throw error;
  if (error.code === 'unknown-submission') return unknownSubmission(submissionId);
  if (error.code === 'not-found') {
    return {
      ok: false,
      status: 404,
      error: inBothLanguages((m) => m.requests.cardNotFound(cardId)),
    };
  }
  if (error.code === 'suspended') {
    return { ok: false, status: 409, error: inBothLanguages((m) => m.requests.cardSuspended) };
  }
  return { ok: false, status: 409, error: inBothLanguages((m) => m.requests.ratedAlready) };
}

/** Turns an undo lib/db refused (not the latest rating) into an answer; any other error is rethrown. */
export function undoRefusal(error: unknown, submissionId: string): Refusal {
  if (!(error instanceof WriteError)) throw error;
  if (error.code === 'unknown-submission') return unknownSubmission(submissionId);
  return { ok: false, status: 409, error: inBothLanguages((m) => m.requests.notLatest) };
}

/** Turns a card change lib/db refused into an answer; any other error is rethrown. */
export function cardChangeRefusal(error: unknown, cardId: number | null): Refusal {
  if (!(error instanceof WriteError)) throw error;
  if (error.code === 'not-found') {
    return {
      ok: false,
      status: 404,
      error: inBothLanguages((m) =>
        cardId === null ? m.requests.noChange : m.requests.cardNotFound(cardId),
      ),
    };
  }
  return { ok: false, status: 409, error: inBothLanguages((m) => m.requests.changedSince) };
}

export function unknownExercise(generatorId: string): Refusal {
  return {
    ok: false,
    status: 404,
    error: inBothLanguages((m) => m.requests.unknownExercise(generatorId)),
  };
}

/** A multi-part check whose attempt id names another learner's or another exercise's attempt. */
export function attemptConflict(): Refusal {
  return { ok: false, status: 409, error: inBothLanguages((m) => m.requests.attemptConflict) };
}
