// DNS rebinding: a request addressed to another site's name gets 403 and none of the learner's data.
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { type AppServer, startServer } from '../support/app-server';

test.describe.configure({ timeout: 180_000 });

/** A GET to the app with the Host header a browser on another site's name would send. */
function get(
  app: AppServer,
  path: string,
  host: string,
  extra: Record<string, string> = {},
): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname: url.hostname, port: url.port, path, headers: { host, ...extra } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let app: AppServer;

test.beforeAll(async () => {
  app = await startServer({ env: { BACKPROP_ALLOWED_HOSTS: 'study.home.arpa' } });
});

test.afterAll(async () => {
  await app?.dispose();
});

test('a request addressed to another name is refused, pages and JSON alike', async () => {
  const port = new URL(app.url).port;
  for (const host of ['evil.example', `evil.example:${port}`]) {
    const exported = await get(app, '/api/export', host);
    expect(exported.status).toBe(403);
    const body = JSON.parse(exported.body);
    expect(body.ok).toBe(false);
    expect(body.error.en).toContain('BACKPROP_ALLOWED_HOSTS');
    expect(exported.body).not.toContain('"reviews"');
    expect(exported.body).not.toContain('timezone');

    const stats = await get(app, '/stats', host, { 'accept-language': 'ko-KR,ko;q=0.9' });
    expect(stats.status).toBe(403);
    expect(stats.type).toContain('text/plain');
    expect(stats.body).toContain('BACKPROP_ALLOWED_HOSTS');
    expect(stats.body).toContain('이 앱은');
    expect(stats.body).not.toContain('<html');
  }
  const health = await get(app, '/api/health', 'evil.example');
  expect(health.status).toBe(403);
});

test('loopback names and listed names still get the pages and the export', async () => {
  const port = new URL(app.url).port;
  for (const host of [
    `127.0.0.1:${port}`,
    `localhost:${port}`,
    `[::1]:${port}`,
    `study.home.arpa:${port}`,
  ]) {
    const exported = await get(app, '/api/export', host);
    expect(exported.status, host).toBe(200);
    expect(JSON.parse(exported.body).app).toBe('backprop');
    const stats = await get(app, '/stats', host);
    expect(stats.status, host).toBe(200);
    expect(stats.body).toContain('<html');
  }
});
