// Helpers for route handlers: read a JSON body safely (same origin, JSON, size-capped) and answer outcomes.
import { formatSize } from '../i18n/format';
import { inBothLanguages } from '../i18n/messages';
import { guardWrite } from '../security/same-origin';
import type { Refusal } from './errors';

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/**
 * Reads the JSON body of a write of at most `maxBytes`; a refusal says what was wrong with it.
 * A request from another origin (403) or without `Content-Type: application/json` (415) is refused
 * before its body is read.
 */
export async function readJsonBody(
  request: Request,
  maxBytes = MAX_BODY_BYTES,
): Promise<{ ok: true; data: unknown } | Refusal> {
  const guard = guardWrite(request);
  if (guard === 'cross-origin') {
    return { ok: false, status: 403, error: inBothLanguages((m) => m.requests.crossOrigin) };
  }
  if (guard === 'not-json') {
    return { ok: false, status: 415, error: inBothLanguages((m) => m.requests.notJsonType) };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return tooLarge(maxBytes);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return tooLarge(maxBytes);
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: inBothLanguages((m) => m.requests.notJson) };
  }
}

function tooLarge(maxBytes: number): Refusal {
  const size = formatSize(maxBytes);
  return { ok: false, status: 413, error: inBothLanguages((m) => m.requests.tooLarge(size)) };
}

/** A JSON answer: 200 with the outcome, or the refusal's status with `{ ok: false, error }`. */
export function respond(outcome: { ok: true } | Refusal): Response {
  if (outcome.ok) return Response.json(outcome);
  return Response.json({ ok: false, error: outcome.error }, { status: outcome.status });
}
