// /api/import reads and restores one file at a time: a second import while the first is still being read gets 503 before its body is read.
import { describe, expect, it, vi } from 'vitest';

const submitImport = vi.hoisted(() =>
  vi.fn(async () => ({ ok: true as const, message: { ko: '가져옴', en: 'imported' } })),
);
vi.mock('@/lib/study/transfer', () => ({ submitImport }));

const { POST } = await import('@/app/api/import/route');

/** An import request whose body arrives only when `finish` is called. */
function slowImport() {
  const encoder = new TextEncoder();
  let finish = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      finish = () => {
        controller.enqueue(encoder.encode('{"version": 1}'));
        controller.close();
      };
    },
  });
  const request = new Request('http://127.0.0.1:3000/api/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: '127.0.0.1:3000' },
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, finish: () => finish() };
}

describe('POST /api/import', () => {
  it('answers 503 in both languages to a second import while the first is being read, and takes the next one after', async () => {
    const first = slowImport();
    const firstResponse = POST(first.request);
    const second = slowImport();
    const busy = await POST(second.request);
    expect(busy.status).toBe(503);
    const answer = (await busy.json()) as { ok: boolean; error: { ko: string; en: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.en).toContain('importing another file');
    expect(answer.error.ko).toContain('가져오는 중');
    expect(second.request.bodyUsed).toBe(false);

    first.finish();
    expect((await firstResponse).status).toBe(200);
    expect(submitImport).toHaveBeenCalledTimes(1);

    const third = slowImport();
    const thirdResponse = POST(third.request);
    third.finish();
    expect((await thirdResponse).status).toBe(200);
    expect(submitImport).toHaveBeenCalledTimes(2);
  });

  it('takes the next import after one that was refused', async () => {
    const refused = new Request('http://127.0.0.1:3000/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: '127.0.0.1:3000' },
      body: '{ not json',
    });
    expect((await POST(refused)).status).toBe(400);
    const next = slowImport();
    const response = POST(next.request);
    next.finish();
    expect((await response).status).toBe(200);
  });
});
