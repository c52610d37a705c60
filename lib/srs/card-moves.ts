// Which card row keeps the history when card ids are retired: the plan of item-id changes for a learner's rows.

/** A learner's concept card row, as far as the plan needs it. */
export interface MovableRow {
  itemId: string;
  lastReview: Date | null;
  /** Already retired: left as it is. */
  orphaned?: boolean;
}

/**
 * Plans the item-id changes that give each successor card the history of the ids it replaces.
 * `successors` maps a retired id to the id of the card that keeps its history. When several rows
 * claim one successor (two merged cards that were both studied, or a retired card whose successor
 * already has a row), the row reviewed last wins: it takes the successor's id with its schedule and
 * its review log intact, and a row that loses keeps (or, if it sat at the successor's id, takes the
 * winner's old id) so it is retired with its own history. Reviews are never moved between rows,
 * since one card's log interleaved with another's would no longer be that card's memory.
 * Returns old item id -> new item id for the rows that change.
 */
export function planCardMoves(
  rows: readonly MovableRow[],
  successors: ReadonlyMap<string, string>,
): Map<string, string> {
  const live = rows.filter((row) => !row.orphaned);
  const byId = new Map(live.map((row) => [row.itemId, row]));
  const claims = new Map<string, MovableRow[]>();
  for (const row of live) {
    const to = successors.get(row.itemId);
    if (to === undefined) continue;
    const list = claims.get(to) ?? [];
    list.push(row);
    claims.set(to, list);
  }
  const plan = new Map<string, string>();
  for (const [to, moved] of claims) {
    const sitting = byId.get(to);
    let winner: MovableRow | undefined = sitting;
    for (const row of moved) {
      if (winner === undefined || time(row) > time(winner)) winner = row;
    }
    if (winner === undefined || winner === sitting) continue;
    plan.set(winner.itemId, to);
    if (sitting) plan.set(sitting.itemId, winner.itemId);
  }
  return plan;
}

function time(row: MovableRow): number {
  return row.lastReview?.getTime() ?? Number.NEGATIVE_INFINITY;
}
