// Keeps the learner's card rows in step with the content: one row per study item, created as new.
import { planCardMoves } from '../srs/card-moves';
import type { StudyItem } from '../srs/catalog';
import { type Db, dialectOf } from './client';

const synced = new Map<string, Promise<void>>();

/**
 * Inserts a new card for every item the learner has no row for, and suspends rows whose item left
 * the content (and revives them if it returns). A concept card whose id was retired for a successor
 * (`successors`: old id -> new id) first takes the successor's id, so its schedule and reviews carry
 * over (lib/srs/card-moves.ts decides which row keeps the id when several claim it).
 * Runs once per learner and content per process.
 */
export function syncCards(
  db: Db,
  learnerId: number,
  items: StudyItem[],
  now: Date,
  successors: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  const key = `${learnerId}:${items.length}:${items[0]?.itemId ?? ''}:${items.at(-1)?.itemId ?? ''}`;
  let pending = synced.get(key);
  if (!pending) {
    pending = writeSync(db, learnerId, items, now, successors).catch((error) => {
      synced.delete(key);
      throw error;
    });
    synced.set(key, pending);
  }
  return pending;
}

async function writeSync(
  db: Db,
  learnerId: number,
  items: StudyItem[],
  now: Date,
  successors: ReadonlyMap<string, string>,
): Promise<void> {
  const all = await db.card.findMany({
    where: { learnerId },
    select: { kind: true, itemId: true, orphaned: true, lastReview: true },
  });
  // A copy (`id#n`) is not its item's card: it is neither moved nor counted as the item's row, but
  // it goes (and comes back) with its item like any card, or the queue would offer a card it cannot show.
  const rows = all.filter((row) => !row.itemId.includes('#'));
  const copies = all.filter((row) => row.itemId.includes('#'));
  const plan = planCardMoves(
    rows.filter((row) => row.kind === 'concept'),
    successors,
  );
  const existing = rows.map((row) =>
    row.kind === 'concept' ? { ...row, itemId: plan.get(row.itemId) ?? row.itemId } : row,
  );
  const known = new Set(existing.map((row) => `${row.kind}:${row.itemId}`));
  const wanted = new Set(items.map((item) => `${item.kind}:${item.itemId}`));
  const missing = items.filter((item) => !known.has(`${item.kind}:${item.itemId}`));
  const itemOf = (row: { kind: string; itemId: string }) =>
    `${row.kind}:${row.itemId.split('#')[0]}`;
  const cards = [...existing, ...copies];
  const gone = cards.filter((row) => !row.orphaned && !wanted.has(itemOf(row)));
  const back = cards.filter((row) => row.orphaned && wanted.has(itemOf(row)));
  if (plan.size === 0 && missing.length === 0 && gone.length === 0 && back.length === 0) return;
  const item = new Map(items.map((i) => [`${i.kind}:${i.itemId}`, i]));
  const moves = [...plan];
  await db.$transaction([
    // Renamed through a temporary id first, since two rows may swap ids.
    ...moves.map(([from]) =>
      db.card.updateMany({
        where: { learnerId, kind: 'concept', itemId: from },
        data: { itemId: `${from}#moving` },
      }),
    ),
    ...moves.map(([from, to]) => {
      const target = item.get(`concept:${to}`);
      return db.card.updateMany({
        where: { learnerId, kind: 'concept', itemId: `${from}#moving` },
        data: { itemId: to, ...(target ? { topic: target.topic, position: target.position } : {}) },
      });
    }),
    db.card.createMany({
      data: missing.map((item) => ({ learnerId, ...item, due: now })),
      // Another app server may insert the same cards at the same moment (Prisma offers this on
      // PostgreSQL only).
      ...skipDuplicates(db),
    }),
    // A card whose item left the content is suspended; it is revived when the item returns.
    ...gone.map((row) =>
      db.card.updateMany({
        where: { learnerId, kind: row.kind, itemId: row.itemId },
        data: { orphaned: true, suspended: true },
      }),
    ),
    ...back.map((row) =>
      db.card.updateMany({
        where: { learnerId, kind: row.kind, itemId: row.itemId },
        data: { orphaned: false, suspended: false },
      }),
    ),
  ]);
}

/** `skipDuplicates` where the database supports it: rows another writer inserted first are kept. */
function skipDuplicates(db: Db): object {
  return dialectOf(db) === 'postgresql' ? { skipDuplicates: true } : {};
}

/** Forgets which learners were synced (tests that recreate databases in one process). */
export function resetCardSync(): void {
  synced.clear();
}

/** Makes the next request check this learner's cards again (after an import replaced them). */
export function forgetCardSync(learnerId: number): void {
  for (const key of synced.keys()) {
    if (key.startsWith(`${learnerId}:`)) synced.delete(key);
  }
}
