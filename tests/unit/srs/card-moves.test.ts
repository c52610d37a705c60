// The plan that gives a successor card the history of the ids it replaces: which row keeps the id.
import { describe, expect, it } from 'vitest';
import { planCardMoves } from '@/lib/srs/card-moves';

const at = (day: number) => new Date(Date.UTC(2026, 2, day));
const moves = new Map([
  ['old-a', 'new'],
  ['old-b', 'new'],
  ['renamed', 'fresh'],
]);

describe('planCardMoves', () => {
  it('renames a retired row whose successor has no row, and leaves other rows alone', () => {
    const plan = planCardMoves(
      [
        { itemId: 'renamed', lastReview: null },
        { itemId: 'kept', lastReview: at(2) },
      ],
      moves,
    );
    expect([...plan]).toEqual([['renamed', 'fresh']]);
  });

  it('gives the successor id to the row reviewed last, and its old id to the row that sat there', () => {
    const plan = planCardMoves(
      [
        { itemId: 'new', lastReview: at(1) },
        { itemId: 'old-a', lastReview: at(3) },
        { itemId: 'old-b', lastReview: at(2) },
      ],
      moves,
    );
    expect(Object.fromEntries(plan)).toEqual({ 'old-a': 'new', new: 'old-a' });
  });

  it('keeps the successor row on a tie or when it was reviewed last, and never moves a retired row', () => {
    expect(
      planCardMoves(
        [
          { itemId: 'new', lastReview: null },
          { itemId: 'old-a', lastReview: null },
        ],
        moves,
      ).size,
    ).toBe(0);
    expect(
      planCardMoves(
        [
          { itemId: 'new', lastReview: at(5) },
          { itemId: 'old-a', lastReview: at(3) },
        ],
        moves,
      ).size,
    ).toBe(0);
    expect(
      planCardMoves([{ itemId: 'old-a', lastReview: at(3), orphaned: true }], moves).size,
    ).toBe(0);
  });

  it('moves the later of two retired rows when the successor has none', () => {
    const plan = planCardMoves(
      [
        { itemId: 'old-a', lastReview: at(1) },
        { itemId: 'old-b', lastReview: at(2) },
      ],
      moves,
    );
    expect([...plan]).toEqual([['old-b', 'new']]);
  });
});
