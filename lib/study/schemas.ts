// The zod schemas of every request the study loop accepts, shared by server actions and route handlers.
import { z } from 'zod';
import { EXERCISE_IDS } from '../content/schema';
import { isValidTimeZone } from '../srs/day';

/** A client-generated id (UUID or similar): letters, digits, '-' and '_', 8 to 64 characters. */
export const submissionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8-64 letters, digits, - or _');

export const MAX_ANSWER_LENGTH = 2_000;

export const ratingRequestSchema = z.strictObject({
  submissionId: submissionIdSchema,
  cardId: z.number().int().positive(),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
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
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

export const checkRequestSchema = exerciseRefSchema.extend({
  submissionId: submissionIdSchema,
  input: z.string().max(MAX_ANSWER_LENGTH * 5),
});

export type RatingRequestInput = z.infer<typeof ratingRequestSchema>;
export type CheckRequestInput = z.infer<typeof checkRequestSchema>;

/** One readable line about the first problem in a request, for a 400 answer. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.length > 0 ? issue.path.join('.') : 'request';
  return `${where}: ${issue.message}`;
}

/** The learner's study settings as a form posts them (strings), checked and converted. */
export const settingsFormSchema = z.strictObject({
  newPerDay: z.coerce.number().int().min(0).max(9999),
  reviewsPerDay: z.coerce.number().int().min(0).max(99999),
  dayStartHour: z.coerce.number().int().min(0).max(23),
  timezone: z.string().min(1).max(64).refine(isValidTimeZone, 'unknown timezone'),
});
