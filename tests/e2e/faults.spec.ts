// Bad days over HTTP: duplicate submissions, concurrent writers, a server killed mid-load, hostile bodies.
import Database from 'better-sqlite3';
import { startServer } from '../support/app-server';
import { expect, test } from './fixtures';

/** Opening /review once makes the server create the learner and their cards. */
async function openReview(url: string): Promise<void> {
  await fetch(`${url}/review`);
}

function readCards(file: string, count: number) {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT id, reps FROM Card ORDER BY id LIMIT ?').all(count) as {
    id: number;
    reps: number;
  }[];
  db.close();
  return rows.map((row) => ({ cardId: row.id, expectedReps: row.reps }));
}

function count(file: string, sql: string): number {
  const db = new Database(file, { readonly: true });
  const value = (db.prepare(sql).get() as { n: number }).n;
  db.close();
  return value;
}

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

test('100 identical ratings sent at once are stored once', async ({ app }) => {
  await openReview(app.url);
  const [card] = readCards(app.databaseFile, 1);
  const body = { submissionId: 'same-submission-0001', rating: 3, ...card };
  const responses = await Promise.all(
    Array.from({ length: 100 }, () => post(`${app.url}/api/reviews`, body)),
  );
  expect(responses.map((r) => r.status)).toEqual(new Array(100).fill(200));
  expect(
    count(
      app.databaseFile,
      "SELECT COUNT(*) n FROM Review WHERE submissionId = 'same-submission-0001'",
    ),
  ).toBe(1);
});

test('50 concurrent writers, and another process writing the same file, see no "database is locked"', async ({
  app,
}) => {
  await openReview(app.url);
  const rows = readCards(app.databaseFile, 60).slice(10, 60);
  const outside = new Database(app.databaseFile);
  outside.pragma('busy_timeout = 10000');
  let stop = false;
  const hammer = (async () => {
    let i = 0;
    while (!stop) {
      outside.transaction(() => {
        outside
          .prepare(
            "INSERT INTO DailyStat (learnerId, day, reviews) VALUES (1, '1999-01-01', 1) ON CONFLICT DO UPDATE SET reviews = reviews + 1",
          )
          .run();
      })();
      i += 1;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return i;
  })();
  const responses = await Promise.all(
    rows.map((card, i) =>
      post(`${app.url}/api/reviews`, { submissionId: `writer-${i}-xxxxxxxx`, rating: 3, ...card }),
    ),
  );
  stop = true;
  expect(await hammer).toBeGreaterThan(0);
  outside.close();
  const bodies = await Promise.all(responses.map((r) => r.text()));
  if (responses.some((r) => r.status !== 200)) console.log(app.output().slice(-3000));
  expect(bodies.filter((b) => /locked/i.test(b))).toEqual([]);
  expect(
    responses
      .map((r, i) => `${r.status} ${bodies[i].slice(0, 120)}`)
      .filter((s) => !s.startsWith('200')),
  ).toEqual([]);
});

test('a server killed with SIGKILL mid-load keeps every acknowledged rating', async () => {
  const server = await startServer();
  try {
    await openReview(server.url);
    const rows = readCards(server.databaseFile, 200);
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
    const db = new Database(server.databaseFile, { readonly: true });
    const stored = new Set(
      (db.prepare('SELECT submissionId FROM Review').all() as { submissionId: string }[]).map(
        (r) => r.submissionId,
      ),
    );
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(integrity).toBe('ok');
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  } finally {
    await server.dispose();
  }
});

test('hostile bodies get a 4xx with a reason and change nothing', async ({ app }) => {
  await openReview(app.url);
  const before = count(
    app.databaseFile,
    'SELECT (SELECT COUNT(*) FROM Review) + (SELECT COUNT(*) FROM Attempt) + (SELECT COUNT(*) FROM Card) n',
  );
  const cases: [string, string][] = [
    ['/api/reviews', 'not json'],
    [
      '/api/reviews',
      JSON.stringify({ submissionId: 'x'.repeat(10), cardId: 1, rating: 9, expectedReps: 0 }),
    ],
    // Raw text: JSON.stringify would drop a `__proto__` key. Otherwise a valid rating of card 1.
    [
      '/api/reviews',
      '{"__proto__":{"admin":true},"submissionId":"abcdefgh1","cardId":1,"rating":3,"expectedReps":0}',
    ],
    [
      '/api/reviews',
      '{"constructor":{"prototype":{"admin":true}},"submissionId":"abcdefgh3","cardId":1,"rating":3,"expectedReps":0}',
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
  const after = count(
    app.databaseFile,
    'SELECT (SELECT COUNT(*) FROM Review) + (SELECT COUNT(*) FROM Attempt) + (SELECT COUNT(*) FROM Card) n',
  );
  expect(after).toBe(before);
  // The same rating without the hostile key is accepted: the refusals above were for that key.
  const control = await post(`${app.url}/api/reviews`, {
    submissionId: 'abcdefgh1',
    cardId: 1,
    rating: 3,
    expectedReps: 0,
  });
  expect(control.status).toBe(200);
});
