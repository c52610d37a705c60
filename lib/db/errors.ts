// Errors the write functions raise for requests that cannot be applied; routes turn them into 4xx
// answers; and how SQLite's and PostgreSQL's own errors are recognised.
/**
 * 'unknown-submission': a submission id that another learner stored (answered as unknown);
 * 'suspended': a rating of a card the learner suspended (or that became a leech) since it was shown.
 */
export type WriteErrorCode = 'not-found' | 'conflict' | 'unknown-submission' | 'suspended';

export class WriteError extends Error {
  constructor(
    readonly code: WriteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/** The database's own error code (SQLSTATE on PostgreSQL), wherever Prisma's error carries it. */
function databaseCode(error: unknown): string | undefined {
  const { meta, cause } = (error ?? {}) as { meta?: unknown; cause?: unknown };
  const fromMeta = (
    meta as { code?: unknown; driverAdapterError?: { cause?: unknown } } | undefined
  )?.code;
  if (typeof fromMeta === 'string') return fromMeta;
  const adapterCause = (meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } })
    ?.driverAdapterError?.cause?.originalCode;
  if (typeof adapterCause === 'string') return adapterCause;
  const fromCause = (cause as { code?: unknown; originalCode?: unknown } | undefined)?.originalCode;
  return typeof fromCause === 'string' ? fromCause : undefined;
}

/**
 * True when the transaction lost a race it can win by starting again: SQLite's lock held by another
 * connection, or PostgreSQL's deadlock (40P01) or serialization failure (40001), which Prisma
 * reports as P2034.
 */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const sqlState = databaseCode(error);
  return (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_BUSY_SNAPSHOT' ||
    code === 'P2034' ||
    sqlState === '40P01' ||
    sqlState === '40001' ||
    /database is locked|deadlock detected|could not serialize access/.test(String(error))
  );
}

/**
 * True for a unique-constraint violation: Prisma's P2002, SQLite's own from a raw statement, or
 * PostgreSQL's 23505 from a raw statement.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === 'P2002' ||
    databaseCode(error) === '23505' ||
    (typeof message === 'string' &&
      (message.includes('UNIQUE constraint failed') ||
        message.includes('duplicate key value violates unique constraint')))
  );
}
