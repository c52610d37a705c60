// Bad days over HTTP, on SQLite and on PostgreSQL: duplicate submissions, concurrent writers with
// another process writing the same database, a server killed mid-load, hostile bodies.
import type { AppServer } from '../support/app-server';
import { type FaultStore, postgresStore, sqliteStore } from './fault-stores';
import { expect, test } from './fixtures';

/** Opening /review once makes the server create the learner and their cards. */
async function openReview(url: string): Promise<void> {
  await fetch(`${url}/review`);
}

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Runs `body` with a server on a new database of the store's kind, disposed afterwards. */
async function withServer(store: FaultStore, body: (server: AppServer) => Promise<void>) {
  const server = await store.server();
  try {
    await body(server);
  } finally {
    await server.dispose();
  }
}

for (const store of [sqliteStore, postgresStore]) {
  test.describe(store.name, () => {
    // Each test starts its own production server (twice for the killed one), on a shared machine.
    test.describe.configure({ timeout: 180_000 });
    const unavailable = store.unavailable();
    test.skip(unavailable !== null, `${store.name} fault tests skipped: ${unavailable}`);
    test.beforeAll(async () => {
      test.setTimeout(120_000);
      await store.setUp();
    });
    test.afterAll(async () => store.tearDown());

    test('100 identical ratings sent at once are stored once', async () => {
      await withServer(store, async (app) => {
        await openReview(app.url);
        const outside = await store.outside(app);
        const [card] = await outside.cards(1);
        const body = { submissionId: 'same-submission-0001', rating: 3, ...card };
        const responses = await Promise.all(
          Array.from({ length: 100 }, () => post(`${app.url}/api/reviews`, body)),
        );
        expect(responses.map((r) => r.status)).toEqual(new Array(100).fill(200));
        expect(
          await outside.count(
            `SELECT COUNT(*) AS n FROM "Review" WHERE "submissionId" = 'same-submission-0001'`,
          ),
        ).toBe(1);
        await outside.close();
      });
    });

    test('50 concurrent writers, and another process writing the same database, all succeed', async () => {
      await withServer(store, async (app) => {
        await openReview(app.url);
        const outside = await store.outside(app);
        const rows = (await outside.cards(60)).slice(10, 60);
        let stop = false;
        const hammer = (async () => {
          let i = 0;
          while (!stop) {
            await outside.write();
            i += 1;
            await new Promise((resolve) => setTimeout(resolve, 1));
          }
          return i;
        })();
        const responses = await Promise.all(
          rows.map((card, i) =>
            post(`${app.url}/api/reviews`, {
              submissionId: `writer-${i}-xxxxxxxx`,
              rating: 3,
              ...card,
            }),
          ),
        );
        stop = true;
        expect(await hammer).toBeGreaterThan(0);
        await outside.close();
        const bodies = await Promise.all(responses.map((r) => r.text()));
        if (responses.some((r) => r.status !== 200)) console.log(app.output().slice(-3000));
        expect(bodies.filter((b) => /locked|deadlock/i.test(b))).toEqual([]);
        expect(
          responses
            .map((r, i) => `${r.status} ${bodies[i].slice(0, 120)}`)
            .filter((s) => !s.startsWith('200')),
        ).toEqual([]);
      });
    });

    test('a server killed with SIGKILL mid-load keeps every acknowledged rating', async () => {
      await withServer(store, async (server) => {
        await openReview(server.url);
        let outside = await store.outside(server);
        const rows = await outside.cards(200);
        await outside.close();
        const acknowledged: string[] = [];
        let killed = false;
        const workers = Array.from({ length: 10 }, async (_, w) => {
          for (let i = w; i < rows.length && !killed; i += 10) {
            const submissionId = `kill-test-${i}-xxxxxxxx`;
            try {
              const response = await post(`${server.url}/api/reviews`, {
                submissionId,
                rating: 3,
                ...rows[i],
              });
              if (response.status === 200) acknowledged.push(submissionId);
            } catch {
              return;
            }
          }
        });
        await new Promise((resolve) => setTimeout(resolve, 700));
        killed = true;
        await server.stop('SIGKILL');
        await Promise.all(workers);
        expect(acknowledged.length).toBeGreaterThan(0);
        await server.restart();
        outside = await store.outside(server);
        const stored = new Set<string>();
        for (const id of acknowledged) {
          const n = await outside.count(
            `SELECT COUNT(*) AS n FROM "Review" WHERE "submissionId" = '${id}'`,
          );
          if (n === 1) stored.add(id);
        }
        const integrity = await outside.integrity();
        await outside.close();
        expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
        expect(integrity).toBe('ok');
        expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      });
    });

    test('hostile bodies get a 4xx with a reason and change nothing', async () => {
      await withServer(store, async (app) => {
        await openReview(app.url);
        const outside = await store.outside(app);
        const total =
          'SELECT (SELECT COUNT(*) FROM "Review") + (SELECT COUNT(*) FROM "Attempt") + (SELECT COUNT(*) FROM "Card") AS n';
        const before = await outside.count(total);
        const [card] = await outside.cards(1);
        const rating = `"cardId":${card.cardId},"rating":3,"expectedReps":0`;
        const cases: [string, string][] = [
          ['/api/reviews', 'not json'],
          [
            '/api/reviews',
            JSON.stringify({ submissionId: 'x'.repeat(10), cardId: 1, rating: 9, expectedReps: 0 }),
          ],
          // Raw text: JSON.stringify would drop a `__proto__` key. Otherwise a valid rating.
          ['/api/reviews', `{"__proto__":{"admin":true},"submissionId":"abcdefgh1",${rating}}`],
          [
            '/api/reviews',
            `{"constructor":{"prototype":{"admin":true}},"submissionId":"abcdefgh3",${rating}}`,
          ],
          ['/api/reviews', 'x'.repeat(100_000)],
          ['/api/reviews', `${'['.repeat(10000)}${']'.repeat(10000)}`],
          ['/api/import', JSON.stringify({ app: 'backprop', version: 2 })],
          ['/api/import', JSON.stringify({ app: 'backprop', version: 1, exportedAt: 'yesterday' })],
        ];
        for (const [path, body] of cases) {
          const response = await fetch(`${app.url}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          expect(response.status, `${path} ${body.slice(0, 40)}`).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          const answer = await response.json();
          expect(JSON.stringify(answer)).toMatch(/"en":"[^"]+"/);
        }
        expect(await outside.count(total)).toBe(before);
        await outside.close();
        // The same rating without the hostile key is accepted: the refusals above were for that key.
        const control = await post(`${app.url}/api/reviews`, {
          submissionId: 'abcdefgh1',
          ...card,
          rating: 3,
        });
        expect(control.status).toBe(200);
      });
    });
  });
}
