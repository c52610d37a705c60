// How many reviews a desired retention asks for: the learner's cards simulated over the coming days
// with their own parameters (recall drawn from FSRS's probability, a seeded draw so figures are stable).
import { mulberry32 } from '../exercises/random';
import {
  type CardState,
  type Grade,
  newCardState,
  Rating,
  rateCard,
  retrievability,
  type SchedulerConfig,
  State,
} from './scheduler';

const DAY_MS = 86_400_000;
/** Cards simulated at most; a larger collection is sampled evenly and the counts scaled up. */
export const FORECAST_SAMPLE = 300;

export interface ForecastInput {
  /** Cards already studied (not suspended). */
  cards: readonly CardState[];
  /** New cards waiting, and how many a day the learner takes. */
  newCards: number;
  newPerDay: number;
}

/**
 * Average reviews a day over the next `days` days if every card is scheduled with `config`.
 * The recall of each review is drawn with the probability the learner's parameters give.
 */
export function estimateReviewsPerDay(
  input: ForecastInput,
  config: SchedulerConfig,
  now: Date,
  days = 30,
): number {
  const rand = mulberry32(0x5eed);
  const end = now.getTime() + days * DAY_MS;
  const step = Math.max(1, input.cards.length / FORECAST_SAMPLE);
  const sampled: CardState[] = [];
  for (let i = 0; i < input.cards.length; i += step) sampled.push(input.cards[Math.floor(i)]);
  let reviews = 0;
  const play = (start: CardState, from: number): number => {
    let card = start;
    let count = 0;
    let at = Math.max(from, card.due.getTime());
    while (at < end) {
      const when = new Date(at);
      const recalled =
        card.state === State.New ? rand() < 0.75 : rand() < retrievability(card, when, config);
      card = rateCard(card, (recalled ? Rating.Good : Rating.Again) as Grade, when, config).card;
      count += 1;
      at = card.due.getTime();
    }
    return count;
  };
  for (const card of sampled) reviews += play(card, now.getTime());
  reviews *= input.cards.length / Math.max(1, sampled.length);
  // New cards: the daily allowance, introduced day by day; three simulated cards stand for each day's batch.
  const newDays = Math.min(days, Math.ceil(input.newCards / Math.max(1, input.newPerDay)));
  for (let d = 0; d < newDays; d++) {
    const count = Math.min(input.newPerDay, input.newCards - d * input.newPerDay);
    const start = now.getTime() + d * DAY_MS;
    let drawn = 0;
    for (let k = 0; k < 3; k++) drawn += play(newCardState(new Date(start)), start);
    reviews += (count * drawn) / 3;
  }
  return reviews / days;
}
