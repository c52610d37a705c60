// Where a fault of a generator or the checker goes: the server log, loudly, with what caused it.

/** Logs an unexpected error of the exercise code with its context (tests fail on any such log). */
export function reportBug(where: string, error: unknown, context: Record<string, unknown>): void {
  console.error(`[exercises] ${where} failed`, context, error);
}
