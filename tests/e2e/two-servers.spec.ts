// Two app servers in shared mode on one PostgreSQL: 50 learners sign up and rate cards through both
// servers in turn, now and then sending the same rating to both at once. Every acknowledged rating
// is stored exactly once, and each card's state is the FSRS replay of its stored log.
import { test as base, expect } from '@playwright/test';
import pg from 'pg';
import { type Grade, newCardState, rateCard } from '../../lib/srs/scheduler';
import { postgresBinDir, startCluster, withDatabase } from '../../scripts/postgres-cluster.mjs';
import { type AppServer, startServer } from '../support/app-server';

const LEARNERS = 50;
const RATINGS_EACH = 4;
const test = base;
test.skip(!postgresBinDir(), 'PostgreSQL suite skipped: no server binaries');

async function call(server: AppServer, path: string, body: unknown, cookie = '') {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, cookie },
    body: JSON.stringify(body),
  });
}

test('50 learners rating through two app servers: each acknowledged rating stored once, cards equal their log', async () => {
  test.setTimeout(600_000);
  const cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE "two_servers"');
  await admin.end();
  const url = withDatabase(cluster.url, 'two_servers');
  const env = { DATABASE_URL: url, BACKPROP_MODE: 'shared', AUTH_SECRET: 'a'.repeat(48) };
  const servers = [await startServer({ env }), await startServer({ env })];
  // A pool: the learners' lookups below run side by side.
  const db = new pg.Pool({ connectionString: url, max: 8 });
  try {
    const learners = await Promise.all(
      Array.from({ length: LEARNERS }, async (_, i) => {
        const email = `learner${i}@example.test`;
        const response = await call(servers[i % 2], '/api/auth/sign-up', {
          email,
          password: 'a long enough password',
        });
        expect(response.status, await response.clone().text()).toBeLessThan(300);
        const cookie = response.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ');
        // The first page the learner opens, on the other server, makes their cards.
        const page = await fetch(`${servers[(i + 1) % 2].url}/review`, { headers: { cookie } });
        expect(page.status).toBe(200);
        return { email, cookie };
      }),
    );
    const acknowledged: string[] = [];
    await Promise.all(
      learners.map(async ({ email, cookie }, i) => {
        const { rows: cards } = await db.query<{ id: number }>(
          `SELECT c."id" FROM "Card" c JOIN "Learner" l ON l."id" = c."learnerId"
             JOIN "User" u ON u."id" = l."userId" WHERE u."email" = $1 ORDER BY c."id" LIMIT 2`,
          [email],
        );
        const reps = new Map(cards.map((card) => [card.id, 0]));
        for (let k = 0; k < RATINGS_EACH; k++) {
          const cardId = cards[k % cards.length].id;
          const body = {
            submissionId: `two-servers-${i}-${k}-xxxxxxxx`,
            cardId,
            rating: k % 3 === 0 ? 1 : 3,
            expectedReps: reps.get(cardId),
          };
          // Every third rating goes to both servers at once; the others alternate.
          const targets = k % 3 === 1 ? servers : [servers[(i + k) % 2]];
          const answers = await Promise.all(
            targets.map((server) => call(server, '/api/reviews', body, cookie)),
          );
          for (const answer of answers) expect(answer.status).toBe(200);
          acknowledged.push(body.submissionId);
          reps.set(cardId, (reps.get(cardId) ?? 0) + 1);
        }
      }),
    );
    const { rows: counts } = await db.query<{ submissionId: string; n: string }>(
      `SELECT "submissionId", COUNT(*) AS n FROM "Review" WHERE "submissionId" LIKE 'two-servers-%' GROUP BY "submissionId"`,
    );
    expect(counts.length).toBe(acknowledged.length);
    expect(counts.filter((row) => row.n !== '1')).toEqual([]);

    // Each rated card replayed from new through its stored log, in order, lands where it is stored.
    const { rows: log } = await db.query<{ cardId: number; rating: number; reviewedAt: Date }>(
      `SELECT "cardId", "rating", "reviewedAt" FROM "Review" WHERE "submissionId" LIKE 'two-servers-%'
         ORDER BY "cardId", "reviewedAt", "id"`,
    );
    const { rows: stored } = await db.query<{
      id: number;
      reps: number;
      lapses: number;
      state: number;
      due: Date;
      stability: number;
      difficulty: number;
    }>(
      `SELECT "id", "reps", "lapses", "state", "due", "stability", "difficulty" FROM "Card"
         WHERE "id" IN (SELECT "cardId" FROM "Review" WHERE "submissionId" LIKE 'two-servers-%')`,
    );
    for (const card of stored) {
      const own = log.filter((review) => review.cardId === card.id);
      let replay = newCardState(own[0].reviewedAt);
      for (const review of own)
        replay = rateCard(replay, review.rating as Grade, review.reviewedAt).card;
      expect({ id: card.id, reps: card.reps, lapses: card.lapses, state: card.state }).toEqual({
        id: card.id,
        reps: replay.reps,
        lapses: replay.lapses,
        state: replay.state,
      });
      expect(card.due.toISOString()).toBe(replay.due.toISOString());
      expect(card.stability).toBeCloseTo(replay.stability, 9);
      expect(card.difficulty).toBeCloseTo(replay.difficulty, 9);
    }
  } finally {
    await db.end();
    await Promise.all(servers.map((server) => server.dispose()));
    cluster.stop();
  }
});
