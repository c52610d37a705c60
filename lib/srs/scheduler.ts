// ts-fsrs wrapped: card rows to FSRS cards and back, interval previews, and one rating applied.
import {
  type Card as FsrsCard,
  fsrs,
  type Grade,
  generatorParameters,
  Rating,
  type ReviewLog,
  State,
} from 'ts-fsrs';

export type { Grade };
export { Rating, State };

export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;

/** The scheduling fields a card row stores (the shape of the `Card` table's FSRS columns). */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** What a rating stores: the card's state before it (so an undo is exact), the rating and its time. */
export interface RatingLog {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
  reviewedAt: Date;
}

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

/** A card that has never been studied, due at `now`. */
export function newCardState(now: Date): CardState {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: State.New,
    lastReview: null,
  };
}

function toFsrs(card: CardState): FsrsCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview ?? undefined,
  };
}

function fromFsrs(card: FsrsCard): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** The log of a rating: the card exactly as it was before it, and how many days had passed since the last review. */
function toLog(log: ReviewLog, before: CardState): RatingLog {
  return {
    rating: log.rating,
    state: before.state,
    due: before.due,
    stability: before.stability,
    difficulty: before.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: before.elapsedDays,
    scheduledDays: before.scheduledDays,
    learningSteps: before.learningSteps,
    reps: before.reps,
    lapses: before.lapses,
    lastReview: before.lastReview,
    reviewedAt: log.review,
  };
}

/** Applies one rating at `now`: the card's next state and the log to store. */
export function rateCard(
  card: CardState,
  grade: Grade,
  now: Date,
): { card: CardState; log: RatingLog } {
  const result = scheduler.next(toFsrs(card), now, grade);
  return { card: fromFsrs(result.card), log: toLog(result.log, card) };
}

/** When each rating would make the card due next, for the buttons' labels. */
export function previewDue(card: CardState, now: Date): Record<Grade, Date> {
  const preview = scheduler.repeat(toFsrs(card), now);
  return {
    [Rating.Again]: preview[Rating.Again].card.due,
    [Rating.Hard]: preview[Rating.Hard].card.due,
    [Rating.Good]: preview[Rating.Good].card.due,
    [Rating.Easy]: preview[Rating.Easy].card.due,
  } as Record<Grade, Date>;
}

/** The card as it was before a rating, from the log stored with it (exact: every field is kept). */
export function stateBefore(log: RatingLog): CardState {
  return {
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.lastElapsedDays,
    scheduledDays: log.scheduledDays,
    learningSteps: log.learningSteps,
    reps: log.reps,
    lapses: log.lapses,
    state: log.state,
    lastReview: log.lastReview,
  };
}

/** Probability of recall now, for mastery figures. */
export function retrievability(card: CardState, now: Date): number {
  if (card.state === State.New) return 0;
  return scheduler.get_retrievability(toFsrs(card), now, false) as number;
}
