// Writes through the JSON routes: same-origin JSON passes; other origins (403) and non-JSON bodies (415) do not.
import { describe, expect, it } from 'vitest';
import { guardWrite } from '@/lib/security/same-origin';
import { readJsonBody } from '@/lib/study/http';

const APP = '127.0.0.1:3000';

/** A POST to the app at APP (fetch's Request keeps no Host header: the URL gives the host). */
function headers(extra: Record<string, string>): Request {
  return new Request(`http://${APP}/api/reviews`, { method: 'POST', headers: extra });
}

describe('guardWrite', () => {
  it('lets the app’s own page post JSON', () => {
    expect(
      guardWrite(
        headers({
          origin: `http://${APP}`,
          'sec-fetch-site': 'same-origin',
          'content-type': 'application/json',
        }),
      ),
    ).toBeNull();
    expect(guardWrite(headers({ 'content-type': 'application/json; charset=utf-8' }))).toBeNull();
    expect(guardWrite(headers({ 'content-type': 'Application/JSON' }))).toBeNull();
  });

  it.each([
    ['another site', { 'sec-fetch-site': 'cross-site' }],
    ['another port on the same host', { 'sec-fetch-site': 'same-site' }],
    ['an Origin on another port', { origin: 'http://127.0.0.1:4000' }],
    ['an Origin on another host', { origin: 'http://localhost:3000' }],
    ['an opaque Origin', { origin: 'null' }],
    ['a malformed Origin', { origin: 'not a url' }],
  ])('refuses %s, even with a JSON content type', (_name, extra) => {
    expect(guardWrite(headers({ ...extra, 'content-type': 'application/json' }))).toBe(
      'cross-origin',
    );
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['JSON-looking text', 'text/json'],
  ])('refuses %s bodies', (_name, type) => {
    expect(guardWrite(headers({ 'content-type': type }))).toBe('not-json');
  });

  it('refuses a body with no content type', () => {
    expect(guardWrite(headers({}))).toBe('not-json');
  });
});

describe('readJsonBody', () => {
  const post = (extra: Record<string, string>, body = '{"a":1}') =>
    readJsonBody(
      new Request(`http://${APP}/api/reviews`, { method: 'POST', headers: extra, body }),
    );

  it('answers 403 for another origin and 415 for text/plain, in both languages', async () => {
    const crossOrigin = await post({ origin: 'http://evil.example', 'content-type': 'text/plain' });
    expect(crossOrigin).toMatchObject({ ok: false, status: 403 });
    const plain = await post({ 'content-type': 'text/plain' });
    expect(plain).toMatchObject({ ok: false, status: 415 });
    if (!plain.ok) {
      expect(plain.error.en).toContain('application/json');
      expect(plain.error.ko).toContain('JSON');
    }
  });

  it('reads a same-origin JSON body', async () => {
    expect(
      await post({ origin: `http://${APP}`, 'content-type': 'application/json' }, '{"a":1}'),
    ).toEqual({ ok: true, data: { a: 1 } });
  });
});
