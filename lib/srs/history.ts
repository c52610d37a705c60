// A learner's review log as the FSRS optimizer reads it: one item per review (the card's ratings
// so far, with whole days between them), and a time-ordered split into earlier and later reviews.

/** One stored rating, as much of it as the optimizer needs. */
export interface LoggedReview {
  cardId: number;
  rating: number;
  /** The card's state before the rating (0 = new: a first review, or the first after a forget). */
  state: number;
  reviewedAt: Date;
  /** The study day the rating counts for (YYYY-MM-DD). */
  day: string;
}

/** A review and the card's earlier reviews: ratings with the whole days since the previous one. */
export interface HistoryItem {
  reviews: { rating: number; deltaT: number }[];
  /** When the last review of the item took place (ms since the epoch): the split's key. */
  at: number;
}

/** Whole days between two study days. @example daysBetween('2026-01-30', '2026-02-02') // 3 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Every review after a card's first one, with the reviews before it, as the optimizer trains on
 * (a card's history restarts at its latest rating from the new state, so a forget starts it afresh).
 * The log must be in time order. An item needs a review on a later day than the card's first
 * (the optimizer refuses, and aborts, otherwise), so same-day-only histories are left out, as Anki does.
 */
export function historyItems(log: readonly LoggedReview[]): HistoryItem[] {
  const perCard = new Map<number, { rating: number; deltaT: number; day: string }[]>();
  const items: HistoryItem[] = [];
  for (const review of log) {
    let history = perCard.get(review.cardId);
    if (review.state === 0 || !history) {
      history = [];
      perCard.set(review.cardId, history);
    }
    const previous = history.at(-1);
    const deltaT = previous ? Math.max(0, daysBetween(previous.day, review.day)) : 0;
    history.push({ rating: review.rating, deltaT, day: review.day });
    if (history.length >= 2 && history.some((r) => r.deltaT > 0)) {
      items.push({
        reviews: history.map(({ rating, deltaT: d }) => ({ rating, deltaT: d })),
        at: review.reviewedAt.getTime(),
      });
    }
  }
  return items;
}

/**
 * Splits items by time: the earliest `trainShare` of them to fit on, the rest (all later) to judge the
 * fit on. Items at the same instant as the cut all go to the later side, so no later item is seen.
 */
export function splitByTime(
  items: readonly HistoryItem[],
  trainShare = 0.8,
): { train: HistoryItem[]; test: HistoryItem[]; cutoff: number } {
  const sorted = [...items].sort((a, b) => a.at - b.at);
  if (sorted.length === 0) return { train: [], test: [], cutoff: 0 };
  const cutoff = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * trainShare))].at;
  return {
    train: sorted.filter((item) => item.at < cutoff),
    test: sorted.filter((item) => item.at >= cutoff),
    cutoff,
  };
}
