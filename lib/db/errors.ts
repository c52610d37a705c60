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

/** True for Prisma's unique-constraint violation (P2002), i.e. a submission stored already. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002'
  );
}
