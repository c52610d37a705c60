// Changes to a card outside rating it (suspend, bury, forget, leech), each stored with the card's
// fields before it so it can be undone exactly; rows in, rows out.
import type { CardState } from '../srs/scheduler';
import { cardStateSelect } from './card-rows';
import type { Db } from './client';
import { WriteError } from './errors';
import { type Tx, writeTransaction } from './transaction';

export type CardAction = 'suspend' | 'unsuspend' | 'bury' | 'unbury' | 'forget' | 'leech';

/** The card fields a change may touch, as they were before it. */
export interface CardSnapshot extends CardState {
  suspended: boolean;
  leech: boolean;
  buriedUntil: Date | null;
}

const snapshotSelect = {
  ...cardStateSelect,
  suspended: true,
  leech: true,
  buriedUntil: true,
} as const;

function serialize(snapshot: CardSnapshot): string {
  return JSON.stringify(snapshot);
}

function deserialize(json: string): CardSnapshot {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const date = (value: unknown) => (value == null ? null : new Date(String(value)));
  return {
    ...(raw as unknown as CardSnapshot),
    buriedUntil: date(raw.buriedUntil),
    due: new Date(String(raw.due)),
    lastReview: date(raw.lastReview),
  };
}

/**
 * Applies a change to one of the learner's cards in a transaction and records it:
 * `change` gets the card as it is and returns the fields to write.
 */
export async function changeCard(
  db: Db,
  learnerId: number,
  cardId: number,
  action: CardAction,
  now: Date,
  change: (card: CardSnapshot) => Partial<CardSnapshot>,
): Promise<{ eventId: number }> {
  return writeTransaction(
    db,
    async (tx) => {
      const card = await tx.card.findFirst({
        where: { id: cardId, learnerId },
        select: snapshotSelect,
      });
      if (!card) throw new WriteError('not-found', `There is no card ${cardId}.`);
      await tx.card.update({ where: { id: cardId }, data: change(card) });
      const event = await recordEvent(tx, learnerId, cardId, action, card, now);
      return { eventId: event.id };
    },
    { learnerId },
  );
}

/** Stores one change with the card's fields before it (inside the caller's transaction). */
export function recordEvent(
  tx: Tx,
  learnerId: number,
  cardId: number,
  action: CardAction,
  before: CardSnapshot,
  now: Date,
) {
  return tx.cardEvent.create({
    data: { learnerId, cardId, action, before: serialize(before), createdAt: now },
    select: { id: true },
  });
}

/**
 * Takes a change back: the card's fields return to what they were before it. Refused when the card
 * was rated or changed again since (undo the later change first).
 */
export async function undoCardEvent(
  db: Db,
  learnerId: number,
  eventId: number,
  now: Date,
): Promise<{ cardId: number; action: string }> {
  return writeTransaction(
    db,
    async (tx) => {
      const event = await tx.cardEvent.findFirst({ where: { id: eventId, learnerId } });
      if (!event || event.undoneAt) {
        throw new WriteError('not-found', `There is no change ${eventId} to undo.`);
      }
      const [later, rated] = await Promise.all([
        tx.cardEvent.count({
          where: { cardId: event.cardId, id: { gt: event.id }, undoneAt: null },
        }),
        tx.review.count({ where: { cardId: event.cardId, reviewedAt: { gt: event.createdAt } } }),
      ]);
      if (later > 0 || rated > 0) {
        throw new WriteError(
          'conflict',
          'The card changed since; only its latest change can be undone.',
        );
      }
      await tx.card.update({ where: { id: event.cardId }, data: deserialize(event.before) });
      await tx.cardEvent.update({ where: { id: event.id }, data: { undoneAt: now } });
      return { cardId: event.cardId, action: event.action };
    },
    { learnerId },
  );
}

/** Undoes the leech tag a rating set (inside the transaction that undoes the rating). */
export async function undoLeechSince(tx: Tx, cardId: number, since: Date, now: Date) {
  const event = await tx.cardEvent.findFirst({
    where: { cardId, action: 'leech', undoneAt: null, createdAt: { gte: since } },
    orderBy: { id: 'desc' },
  });
  if (!event) return;
  const before = deserialize(event.before);
  await tx.card.update({
    where: { id: cardId },
    data: { leech: before.leech, suspended: before.suspended },
  });
  await tx.cardEvent.update({ where: { id: event.id }, data: { undoneAt: now } });
}

/** A card's changes, newest first (for its page). */
export function fetchCardEvents(db: Db, learnerId: number, cardId: number) {
  return db.cardEvent.findMany({
    where: { learnerId, cardId },
    orderBy: { id: 'desc' },
    select: { id: true, action: true, createdAt: true, undoneAt: true },
  });
}
