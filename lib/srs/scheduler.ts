// ts-fsrs wrapped: card rows to FSRS cards and back, interval previews, and one rating applied.
import {
  default_w,
  type FSRS,
  type Card as FsrsCard,
  fsrs,
  type Grade,
  generatorParameters,
  Rating,
  type ReviewLog,
  S_MIN,
  State,
} from 'ts-fsrs';

export type { Grade };
export { Rating, State };

export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;

/**
 * True when FSRS can rate a card from this memory state: a new card's (stability and difficulty
 * both 0), or a difficulty of at least 1 with a stability of at least S_MIN (0.001); FSRS refuses
 * any other.
 */
export function isSchedulableMemory(stability: number, difficulty: number): boolean {
  if (stability === 0 && difficulty === 0) return true;
  return difficulty >= 1 && stability >= S_MIN;
}

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

/** The learner's own scheduling: FSRS parameters (null: the defaults) and the retention aimed for. */
export interface SchedulerConfig {
  parameters: readonly number[] | null;
  desiredRetention: number;
}

export const DEFAULT_RETENTION = 0.9;
export const DEFAULT_CONFIG: SchedulerConfig = {
  parameters: null,
  desiredRetention: DEFAULT_RETENTION,
};

/** FSRS-6's default parameters, which serve until a fit to the learner's history beats them. */
export const DEFAULT_PARAMETERS: readonly number[] = [...default_w];

const schedulers = new Map<string, FSRS>();

/** One ts-fsrs scheduler per distinct configuration, reused. */
function schedulerFor(config: SchedulerConfig): FSRS {
  const key = `${config.desiredRetention}:${config.parameters?.join(',') ?? 'default'}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        enable_fuzz: false,
        request_retention: config.desiredRetention,
        ...(config.parameters ? { w: [...config.parameters] } : {}),
      }),
    );
    if (schedulers.size > 64) schedulers.clear();
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

/** The scheduling configuration stored on a learner row (parameters as a JSON array). */
export function configOf(learner: {
  fsrsParameters: string | null;
  desiredRetention: number;
}): SchedulerConfig {
  const parsed: unknown = learner.fsrsParameters ? JSON.parse(learner.fsrsParameters) : null;
  const parameters =
    Array.isArray(parsed) && parsed.every((w) => typeof w === 'number') ? parsed : null;
  return { parameters, desiredRetention: learner.desiredRetention };
}

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
  config: SchedulerConfig = DEFAULT_CONFIG,
): { card: CardState; log: RatingLog } {
  const result = schedulerFor(config).next(toFsrs(card), now, grade);
  return { card: fromFsrs(result.card), log: toLog(result.log, card) };
}

/** When each rating would make the card due next, for the buttons' labels. */
export function previewDue(
  card: CardState,
  now: Date,
  config: SchedulerConfig = DEFAULT_CONFIG,
): Record<Grade, Date> {
  const preview = schedulerFor(config).repeat(toFsrs(card), now);
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
export function retrievability(
  card: CardState,
  now: Date,
  config: SchedulerConfig = DEFAULT_CONFIG,
): number {
  if (card.state === State.New) return 0;
  return schedulerFor(config).get_retrievability(toFsrs(card), now, false) as number;
}

/** The card back to new (Anki's "forget"): due at `now`, its reps and lapses kept, its log untouched. */
export function forgetCard(card: CardState, now: Date): CardState {
  return fromFsrs(schedulerFor(DEFAULT_CONFIG).forget(toFsrs(card), now, false).card);
}

/**
 * The due date a card in review gets when its interval is set again for `config` (Anki's
 * "Reschedule cards on change"): its last review plus the interval its stability asks for now.
 * Cards still learning keep their due date.
 */
export function rescheduledDue(card: CardState, config: SchedulerConfig): Date {
  if (card.state !== State.Review || !card.lastReview) return card.due;
  const days = schedulerFor(config).next_interval(card.stability, card.elapsedDays);
  return new Date(card.lastReview.getTime() + days * 86_400_000);
}
