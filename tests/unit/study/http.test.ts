// Reading a JSON body: capped while it streams (a body that never ends is refused), decoded across chunks.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readJsonBody } from '@/lib/study/http';

const URL = 'http://127.0.0.1:3000/api/import';

/** A POST whose body arrives in the given chunks, with no Content-Length. */
function streamed(chunks: Iterable<Uint8Array>): Request {
  const iterator = chunks[Symbol.iterator]();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  return new Request(URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('readJsonBody', () => {
  it('refuses a body that never ends once it passes the cap, with the size in both languages', async () => {
    let sent = 0;
    function* endless() {
      const chunk = new Uint8Array(1024).fill(32);
      for (;;) {
        sent += chunk.byteLength;
        yield chunk;
      }
    }
    const result = await readJsonBody(streamed(endless()), 64 * 1024);
    expect(result).toMatchObject({ ok: false, status: 413 });
    if (!result.ok) {
      expect(result.error.en).toBe('The body is larger than 64 kB. Nothing was saved.');
      expect(result.error.ko).toBe('본문이 64 kB보다 큽니다. 저장된 것은 없습니다.');
    }
    expect(sent).toBeLessThan(80 * 1024);
  });

  it('refuses a declared Content-Length over the cap without reading', async () => {
    const request = new Request(URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(MAX_IMPORT_BYTES + 1),
      },
      body: '{}',
    });
    expect(await readJsonBody(request, MAX_IMPORT_BYTES)).toMatchObject({ ok: false, status: 413 });
  });

  it('reads a body of exactly the cap, with characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"이름":"값"}');
    const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    expect(await readJsonBody(streamed(chunks), bytes.byteLength)).toEqual({
      ok: true,
      data: { 이름: '값' },
    });
    expect(await readJsonBody(streamed(chunks), bytes.byteLength - 1)).toMatchObject({
      ok: false,
      status: 413,
    });
  });

  it('caps imports above the heavy profile’s export (about 450 MB) and below 512 MiB', () => {
    expect(MAX_IMPORT_BYTES).toBeGreaterThan(450_000_000);
    expect(MAX_IMPORT_BYTES).toBeLessThan(512 * 1024 * 1024);
  });
});
