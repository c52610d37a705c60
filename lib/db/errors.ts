// Errors the write functions raise for requests that cannot be applied; routes turn them into 4xx answers.
export type WriteErrorCode = 'not-found' | 'conflict';

export class WriteError extends Error {
  constructor(
    readonly code: WriteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/** True when SQLite answered that another connection holds the lock. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_BUSY_SNAPSHOT' ||
    /database is locked/.test(String(error))
  );
}

/** True for a unique-constraint violation (Prisma's P2002, or SQLite's own from a raw statement). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === 'P2002' ||
    (typeof message === 'string' && message.includes('UNIQUE constraint failed'))
  );
}
