// The zod schemas of every request the study loop accepts, shared by server actions and route handlers.
import { z } from 'zod';
import { EXERCISE_IDS } from '../content/schema';
import { isValidTimeZone } from '../srs/day';

/** A client-generated id (UUID or similar): letters, digits, '-' and '_', 8 to 64 characters. */
const submissionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const MAX_ANSWER_LENGTH = 2_000;

/** The largest row id either database holds (PostgreSQL's `integer`); a larger one names no row. */
export const MAX_ROW_ID = 2 ** 31 - 1;

/** A row id (card, change) as a request names it. */
export const rowIdSchema = z.number().int().positive().max(MAX_ROW_ID);

export const ratingRequestSchema = z.strictObject({
  submissionId: submissionIdSchema,
  cardId: rowIdSchema,
  rating: z.literal([1, 2, 3, 4]),
  expectedReps: z.number().int().min(0),
  durationMs: z.number().int().min(0).max(86_400_000).optional(),
});

export const undoRequestSchema = z.strictObject({ submissionId: submissionIdSchema });

export const exerciseRefSchema = z.strictObject({
  generatorId: z.enum(EXERCISE_IDS),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  level: z.literal([1, 2, 3]),
});

export const checkRequestSchema = exerciseRefSchema.extend({
  submissionId: submissionIdSchema,
  input: z.string().max(MAX_ANSWER_LENGTH * 5),
});

/** The answers of a multi-part exercise, and which parts' verdicts to show now. */
export const checkPartsRequestSchema = exerciseRefSchema.extend({
  /** The exercise as shown: every check of it is merged into one attempt with this id. */
  attemptId: submissionIdSchema,
  submissionId: submissionIdSchema,
  answers: z.record(z.string().regex(/^[A-Za-z0-9]{1,16}$/), z.string().max(MAX_ANSWER_LENGTH)),
  reveal: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,16}$/))
    .min(1)
    .max(32),
});

/** The learner's study settings as a form posts them (strings), checked and converted. */
export const settingsFormSchema = z.strictObject({
  newPerDay: z.coerce.number().int().min(0).max(9999),
  reviewsPerDay: z.coerce.number().int().min(0).max(99999),
  dayStartHour: z.coerce.number().int().min(0).max(23),
  timezone: z.string().min(1).max(64).refine(isValidTimeZone),
});

/** Desired retention (0.70-0.97) and the leech threshold, as the scheduling form posts them. */
export const schedulingFormSchema = z.strictObject({
  desiredRetention: z.coerce.number().min(0.7).max(0.97),
  leechThreshold: z.coerce.number().int().min(1).max(99),
});
