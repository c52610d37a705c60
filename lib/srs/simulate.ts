// A simulated learner: cards reviewed when the app schedules them, each recalled with the probability
// that FSRS with the learner's true parameters gives. Seeds tests, the heavy profile and benchmarks.
import { mulberry32 } from '../exercises/random';
import type { LoggedReview } from './history.mjs';
import {
  type CardState,
  DEFAULT_CONFIG,
  type Grade,
  newCardState,
  Rating,
  type RatingLog,
  rateCard,
  retrievability,
  type SchedulerConfig,
  State,
} from './scheduler';

/**
 * A learner who remembers much longer than FSRS's defaults assume: initial stabilities about
 * three times the defaults, slower-growing difficulty, and a flatter forgetting curve.
 */
export const STRONG_LEARNER_PARAMETERS: readonly number[] = [
  1.5, 5.0, 9.0, 30.0, 6.4133, 0.8334, 3.0194, 0.001, 2.4, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
  1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

export interface SimulationOptions {
  cards: number;
  /** Days of history before `end`; each card is introduced on a random day within them. */
  days: number;
  end: Date;
  seed: number;
  /** The parameters the learner's memory really follows. */
  truth: SchedulerConfig;
  /** The scheduler that decides when cards are shown (the app's). */
  schedule?: SchedulerConfig;
  /** The hour (UTC) a simulated study day starts. */
  dayStartHour?: number;
  /** Stop once this many reviews are simulated. */
  maxReviews?: number;
}

export interface SimulatedCard {
  introduced: Date;
  card: CardState;
  logs: RatingLog[];
}

const DAY_MS = 86_400_000;

/** The rating of a recalled or forgotten card, drawn as learners rate (mostly Good). */
function drawGrade(recalled: boolean, rand: () => number): Grade {
  if (!recalled) return Rating.Again;
  const u = rand();
  return (u < 0.15 ? Rating.Hard : u < 0.9 ? Rating.Good : Rating.Easy) as Grade;
}

/** Simulates every card's history; cards are independent (no daily limits). */
export function simulateLearner(options: SimulationOptions): {
  cards: SimulatedCard[];
  reviews: LoggedReview[];
} {
  const rand = mulberry32(options.seed);
  const schedule = options.schedule ?? DEFAULT_CONFIG;
  const end = options.end.getTime();
  const cards: SimulatedCard[] = [];
  const reviews: LoggedReview[] = [];
  const budget = options.maxReviews ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < options.cards && reviews.length < budget; i++) {
    const introduced = new Date(end - options.days * DAY_MS * (0.02 + 0.98 * rand()));
    let card = newCardState(introduced);
    let memory = newCardState(introduced);
    const logs: RatingLog[] = [];
    let at = introduced;
    while (at.getTime() < end && reviews.length < budget) {
      const recalled =
        memory.state === State.New
          ? rand() < 0.75
          : rand() < retrievability(memory, at, options.truth);
      const grade = drawGrade(recalled, rand);
      const rated = rateCard(card, grade, at, schedule);
      memory = rateCard(memory, grade, at, options.truth).card;
      logs.push(rated.log);
      reviews.push({
        cardId: i + 1,
        rating: grade,
        state: rated.log.state,
        reviewedAt: at,
        day: new Date(at.getTime() - (options.dayStartHour ?? 4) * 3_600_000)
          .toISOString()
          .slice(0, 10),
      });
      card = rated.card;
      // Learners come back some time after a card is due: within minutes for steps, within a day or two otherwise.
      const late = card.state === State.Review ? rand() * 1.5 * DAY_MS : rand() * 600_000;
      at = new Date(card.due.getTime() + late);
    }
    cards.push({ introduced, card, logs });
  }
  reviews.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  return { cards, reviews };
}
