// Timestamps as Prisma's SQLite adapter stores them, for code that writes the file with better-sqlite3 directly.

/**
 * An instant in the text form the adapter writes (`2026-03-02T09:00:00.000+00:00`), so rows written
 * outside Prisma compare and sort like the ones written through it.
 */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}
