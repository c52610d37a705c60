// Reads behind /cards: one page of the learner's cards under a filter, and how many match.
// Single SQL statements on the card indexes, so a page of 20,000 cards stays fast.

import { type Db, dialectOf } from './client';
import { Prisma } from './generated/client';
import type { CardRow } from './queue';

export interface CardFilter {
  /** Only these items (base ids: copies `id#n` match their item), per kind; null: any item. */
  items: { concept: string[]; skill: string[] } | null;
  kind?: 'concept' | 'skill';
  topic?: string;
  /** ts-fsrs states to include. */
  states?: number[];
  suspended?: boolean;
  leech?: boolean;
  /** Buried at `now`. */
  buried?: boolean;
  dueFrom?: Date;
  dueBefore?: Date;
  now: Date;
}

export type CardSort = 'due' | 'difficulty' | 'lapses';

const ORDER: Record<CardSort, Prisma.Sql> = {
  due: Prisma.sql`"due" ASC, "id" ASC`,
  difficulty: Prisma.sql`"difficulty" DESC, "id" ASC`,
  lapses: Prisma.sql`"lapses" DESC, "id" ASC`,
};

function whereClause(db: Db, learnerId: number, filter: CardFilter): Prisma.Sql {
  // A card whose item left the content is kept with its log but listed no more.
  const parts: Prisma.Sql[] = [
    Prisma.sql`"learnerId" = ${learnerId}`,
    Prisma.sql`"orphaned" = FALSE`,
  ];
  if (filter.items) {
    // The item a copy (`id#n`) belongs to: the text before '#'. SQLite has instr, PostgreSQL strpos.
    const find = dialectOf(db) === 'postgresql' ? Prisma.raw('strpos') : Prisma.raw('instr');
    const base = Prisma.sql`CASE WHEN ${find}("itemId", '#') > 0 THEN substr("itemId", 1, ${find}("itemId", '#') - 1) ELSE "itemId" END`;
    const perKind = (['concept', 'skill'] as const)
      .filter((kind) => filter.items?.[kind].length)
      .map(
        (kind) =>
          Prisma.sql`("kind" = ${kind} AND ${base} IN (${Prisma.join(filter.items?.[kind] ?? [])}))`,
      );
    parts.push(
      perKind.length > 0 ? Prisma.sql`(${Prisma.join(perKind, ' OR ')})` : Prisma.sql`FALSE`,
    );
  }
  if (filter.kind) parts.push(Prisma.sql`"kind" = ${filter.kind}`);
  if (filter.topic) parts.push(Prisma.sql`"topic" = ${filter.topic}`);
  if (filter.states) parts.push(Prisma.sql`"state" IN (${Prisma.join(filter.states)})`);
  if (filter.suspended !== undefined)
    parts.push(Prisma.sql`"suspended" = ${Prisma.raw(filter.suspended ? 'TRUE' : 'FALSE')}`);
  if (filter.leech) parts.push(Prisma.sql`"leech" = TRUE`);
  if (filter.buried) parts.push(Prisma.sql`"buriedUntil" > ${filter.now}`);
  if (filter.dueFrom) parts.push(Prisma.sql`"due" >= ${filter.dueFrom}`);
  if (filter.dueBefore) parts.push(Prisma.sql`"due" < ${filter.dueBefore}`);
  return Prisma.join(parts, ' AND ');
}

/** One page of matching cards and the number that match in all. */
export async function fetchCardPage(
  db: Db,
  learnerId: number,
  filter: CardFilter,
  sort: CardSort,
  limit: number,
  offset: number,
): Promise<{ rows: CardRow[]; total: number }> {
  const where = whereClause(db, learnerId, filter);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<
      CardRow[]
    >`SELECT * FROM "Card" WHERE ${where} ORDER BY ${ORDER[sort]} LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw<
      { total: bigint | number }[]
    >`SELECT COUNT(*) AS "total" FROM "Card" WHERE ${where}`,
  ]);
  return { rows, total: Number(count.total) };
}

/** One of the learner's cards, or null (a card of another learner is never returned). */
export async function fetchCard(
  db: Db,
  learnerId: number,
  cardId: number,
): Promise<CardRow | null> {
  return db.card.findFirst({ where: { id: cardId, learnerId } });
}

/** A card's ratings, oldest first. */
export function fetchCardReviews(db: Db, learnerId: number, cardId: number) {
  return db.review.findMany({
    where: { learnerId, cardId },
    orderBy: [{ reviewedAt: 'asc' }, { id: 'asc' }],
  });
}
