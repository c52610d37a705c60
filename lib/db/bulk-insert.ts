// Many rows into one table inside a transaction: one parameterised multi-row INSERT per batch.
import type { Tx } from './transaction';

/** A value SQLite stores as it is: text, a number, or NULL (dates and booleans are converted first). */
export type SqlValue = string | number | null;

/** SQLite binds at most 32,766 parameters per statement; batches stay well under that. */
const MAX_PARAMETERS = 16_000;

/** The statement for `count` rows, built once per batch size and reused for every full batch. */
function insertStatement(table: string, columns: readonly string[], count: number): string {
  const row = `(${columns.map(() => '?').join(',')})`;
  const quoted = columns.map((column) => `"${column}"`).join(',');
  return `INSERT INTO "${table}" (${quoted}) VALUES ${Array(count).fill(row).join(',')}`;
}

/**
 * Inserts `rowCount` rows, `row(i)` giving the values of row i in `columns` order. The rows are
 * built a batch at a time, so no second copy of the whole input is ever held. Runs in the caller's
 * transaction: all rows arrive or none do.
 */
export async function insertRows(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rowCount: number,
  row: (index: number) => readonly SqlValue[],
): Promise<void> {
  const batch = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const full = insertStatement(table, columns, batch);
  for (let start = 0; start < rowCount; start += batch) {
    const end = Math.min(rowCount, start + batch);
    const values: SqlValue[] = [];
    for (let i = start; i < end; i++) values.push(...row(i));
    const sql = end - start === batch ? full : insertStatement(table, columns, end - start);
    await tx.$executeRawUnsafe(sql, ...values);
  }
}
