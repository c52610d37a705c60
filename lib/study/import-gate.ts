// One progress import at a time in a server process: reading and restoring a file of up to 480 MiB takes gigabytes of memory.
import { inBothLanguages } from '../i18n/messages';
import type { Refusal } from './errors';

let running = false;

/** 503: another import is being read or restored by this server; nothing of this one was read. */
function importBusy(): Refusal {
  return { ok: false, status: 503, error: inBothLanguages((m) => m.transfer.busy) };
}

/**
 * Runs `work` (reading an import's body and restoring it) when no other import is running in this
 * process; otherwise answers 503 at once, before the body is read, so concurrent imports cannot
 * hold several files in memory together.
 */
export async function oneImportAtATime<T>(work: () => Promise<T>): Promise<T | Refusal> {
  if (running) return importBusy();
  running = true;
  try {
    return await work();
  } finally {
    running = false;
  }
}
