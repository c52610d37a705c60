// Types of lib/srs/history.mjs for the TypeScript code that imports it.

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

export type PackedReview = [number, number, number, number, string];

export function daysBetween(from: string, to: string): number;
export function historyItems(log: Iterable<LoggedReview>): HistoryItem[];
export function splitByTime(
  items: readonly HistoryItem[],
  trainShare?: number,
): { train: HistoryItem[]; test: HistoryItem[]; cutoff: number };
export function fitSplit(items: readonly HistoryItem[]): {
  train: HistoryItem[];
  test: HistoryItem[];
};
export function packReview(review: LoggedReview): PackedReview;
export function unpackReview(packed: PackedReview): LoggedReview;
