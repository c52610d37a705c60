// Types of scripts/request-queue.mjs, for the TypeScript that imports it.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const DEFAULT_CONCURRENCY: number;
export const DEFAULT_MAX_WAITING: number;
export function concurrencySetting(
  value: string | undefined,
): { ok: true; concurrency: number } | { ok: false; message: string };
export function requestQueue(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  options?: { concurrency?: number; maxWaiting?: number; onError?: (error: unknown) => void },
): (req: IncomingMessage, res: ServerResponse) => void;
