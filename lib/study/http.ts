// Helpers for route handlers: read a JSON body safely (same origin, JSON, size-capped) and answer outcomes.
import { formatSize } from '../i18n/format';
import { inBothLanguages } from '../i18n/messages';
import { guardWrite } from '../security/same-origin';
import type { Refusal } from './errors';

export const MAX_BODY_BYTES = 64 * 1024;
/**
 * The largest export file /api/import reads. The heavy benchmark profile (20,000 cards, 1,000,000
 * reviews, 100,000 answers) exports about 420 MB (measured per row: a card 310 bytes, a review 394,
 * an answer 215), about 450 MB with the app's 36-character submission ids; this leaves room above
 * that and stays under V8's longest string (512 MiB), which the JSON text must fit in.
 */
export const MAX_IMPORT_BYTES = 480 * 1024 * 1024;

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
  const text = await readText(request, maxBytes);
  if (text === null) return tooLarge(maxBytes);
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: inBothLanguages((m) => m.requests.notJson) };
  }
}

/** The body as text, read chunk by chunk; null as soon as it passes `maxBytes` (the rest is not read). */
async function readText(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
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
