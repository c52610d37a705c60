// A learner's review log as the FSRS optimizer reads it: one item per review (the card's ratings
// so far, with whole days between them), and a time-ordered split into earlier and later reviews.
// Plain JavaScript so the optimizer's own process (fit-process.mjs) builds the items, not the server.

/** Whole days between two study days. @example daysBetween('2026-01-30', '2026-02-02') // 3 */
export function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Every review after a card's first one, with the reviews before it, as the optimizer trains on
 * (a card's history restarts at its latest rating from the new state, so a forget starts it afresh).
 * The log must hold each card's reviews in time order (cards may be interleaved or grouped), and
 * all of a card's reviews. An item needs a review on a later day than the card's first (the
 * optimizer refuses, and aborts, otherwise), so same-day-only histories are left out, as Anki does.
 */
export function historyItems(log) {
  const perCard = new Map();
  const items = [];
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
export function splitByTime(items, trainShare = 0.8) {
  const sorted = [...items].sort((a, b) => a.at - b.at);
  if (sorted.length === 0) return { train: [], test: [], cutoff: 0 };
  const cutoff = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * trainShare))].at;
  return {
    train: sorted.filter((item) => item.at < cutoff),
    test: sorted.filter((item) => item.at >= cutoff),
    cutoff,
  };
}

/**
 * The split the optimizer uses: fit on the earlier items, judged on the later ones that came a day or
 * more after the previous review (the predictions over days that scheduling rests on; the optimizer
 * cannot score some same-day relearning steps).
 */
export function fitSplit(items) {
  const { train, test: later } = splitByTime(items);
  return { train, test: later.filter((item) => (item.reviews.at(-1)?.deltaT ?? 0) > 0) };
}

/** A review as one line of the optimizer's input: [cardId, rating, state, reviewedAt ms, day]. */
export const packReview = (r) => [r.cardId, r.rating, r.state, r.reviewedAt.getTime(), r.day];

export const unpackReview = ([cardId, rating, state, at, day]) => ({
  cardId,
  rating,
  state,
  reviewedAt: new Date(at),
  day,
});
