// Many rows into one table inside a transaction: one parameterised multi-row INSERT per batch, in
// the dialect of the transaction's database (placeholders, booleans and instants).
import { dialectOf } from './client';
import { sqliteTimestamp } from './sqlite-time';
import type { Tx } from './transaction';

/** A column value: converted to what the database stores (SQLite: 1/0 and text instants). */
export type SqlValue = string | number | boolean | Date | null;

/** SQLite binds at most 32,766 parameters per statement (PostgreSQL 65,535); batches stay well under. */
const MAX_PARAMETERS = 16_000;

/** The statement for `count` rows, built once per batch size and reused for every full batch. */
function insertStatement(
  table: string,
  columns: readonly string[],
  count: number,
  postgres: boolean,
): string {
  const quoted = columns.map((column) => `"${column}"`).join(',');
  const rows: string[] = [];
  for (let r = 0; r < count; r++) {
    const marks = columns.map((_, c) => (postgres ? `$${r * columns.length + c + 1}` : '?'));
    rows.push(`(${marks.join(',')})`);
  }
  return `INSERT INTO "${table}" (${quoted}) VALUES ${rows.join(',')}`;
}

function sqliteValue(value: SqlValue): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return sqliteTimestamp(value);
  return value;
}

function postgresValue(value: SqlValue): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
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
  const postgres = dialectOf(tx) === 'postgresql';
  const convert = postgres ? postgresValue : sqliteValue;
  const batch = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const full = insertStatement(table, columns, batch, postgres);
  for (let start = 0; start < rowCount; start += batch) {
    const end = Math.min(rowCount, start + batch);
    const values: (string | number | boolean | null)[] = [];
    for (let i = start; i < end; i++) for (const value of row(i)) values.push(convert(value));
    const sql =
      end - start === batch ? full : insertStatement(table, columns, end - start, postgres);
    await tx.$executeRawUnsafe(sql, ...values);
  }
}
