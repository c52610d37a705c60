// The export file format (version 1) as a zod schema: what GET /api/export writes and POST /api/import accepts.
import { z } from 'zod';

export const EXPORT_VERSION = 1;
export const EXPORT_APP = 'backprop';
/** Upper bounds that keep a hostile file from exhausting memory or time. */
export const EXPORT_LIMITS = {
  cards: 100_000,
  reviews: 2_000_000,
  attempts: 1_000_000,
  text: 2_000,
};

const isoDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
/** A study day, YYYY-MM-DD, and a day of the calendar (not 2026-02-30). */
const studyDay = z.iso.date();
const count = z.number().int().min(0).max(1_000_000);
const text = z.string().max(EXPORT_LIMITS.text);
/** A whole number that fits the databases' integer columns (PostgreSQL's `integer` is 32-bit). */
const int32 = z
  .number()
  .int()
  .min(-(2 ** 31))
  .max(2 ** 31 - 1);

/** One part of a multi-part attempt as it is stored (`first` is absent in older files). */
const storedPartSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9]{1,16}$/),
  input: text,
  status: z.enum(['correct', 'incorrect']),
  carriedForward: z.literal(true).optional(),
  diagnosis: text.optional(),
  first: z.enum(['correct', 'carried', 'incorrect']).optional(),
});

/** True when `value` is the JSON of a multi-part attempt's parts, as a check stores them. */
function isStoredParts(value: string): boolean {
  try {
    return z.array(storedPartSchema).max(32).safeParse(JSON.parse(value)).success;
  } catch {
    return false;
  }
}

const cardKey = z.strictObject({ kind: z.enum(['concept', 'skill']), itemId: text.min(1) });

const cardSchema = z.strictObject({
  kind: cardKey.shape.kind,
  itemId: cardKey.shape.itemId,
  topic: text,
  position: int32,
  suspended: z.boolean(),
  /** Added after version 1 first shipped: optional, so older files still import. */
  orphaned: z.boolean().optional(),
  leech: z.boolean().optional(),
  buriedUntil: isoDate.nullable().optional(),
  due: isoDate,
  stability: z.number().min(0).max(1e7),
  difficulty: z.number().min(0).max(100),
  elapsedDays: count,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.number().int().min(0).max(3),
  lastReview: isoDate.nullable(),
});

const reviewSchema = z.strictObject({
  submissionId: text.min(1),
  card: cardKey,
  rating: z.number().int().min(1).max(4),
  state: z.number().int().min(0).max(3),
  due: isoDate,
  stability: z.number().min(0).max(1e7),
  difficulty: z.number().min(0).max(100),
  elapsedDays: count,
  lastElapsedDays: count,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: isoDate.nullable(),
  reviewedAt: isoDate,
  day: studyDay,
  durationMs: z.number().int().min(0).max(86_400_000).nullable(),
});

const attemptSchema = z.strictObject({
  submissionId: text.min(1),
  generatorId: text.min(1),
  topic: text,
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  level: z.number().int().min(1).max(3),
  input: text,
  correct: z.boolean(),
  diagnosis: text.nullable(),
  /** Every part's input and verdict of a multi-part exercise (JSON); absent in older files. */
  parts: z.string().max(20_000).refine(isStoredParts).nullable().optional(),
  createdAt: isoDate,
  day: studyDay,
});

export const exportFileSchema = z.strictObject({
  app: z.literal(EXPORT_APP),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoDate,
  learner: z.strictObject({
    timezone: text,
    dayStartHour: z.number().int().min(0).max(23),
    newPerDay: z.number().int().min(0).max(9999),
    reviewsPerDay: z.number().int().min(0).max(99999),
  }),
  cards: z.array(cardSchema).max(EXPORT_LIMITS.cards),
  reviews: z.array(reviewSchema).max(EXPORT_LIMITS.reviews),
  attempts: z.array(attemptSchema).max(EXPORT_LIMITS.attempts),
});

export type ExportFile = z.infer<typeof exportFileSchema>;
