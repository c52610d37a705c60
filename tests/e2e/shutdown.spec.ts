// Stopping `npm start` with Ctrl+C (SIGINT) or SIGTERM closes the database: SQLite's WAL is folded into app.db.
import { existsSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { startServer } from '../support/app-server';

test.describe.configure({ timeout: 180_000 });

/** Bytes in SQLite's write-ahead log beside `file` (0 when there is none). */
const walSize = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`${signal} stops the server with status 0 and leaves everything in app.db alone`, async () => {
    const app = await startServer();
    try {
      // The review page creates the learner and the cards: writes that sit in the WAL first.
      expect((await fetch(`${app.url}/review`)).status).toBe(200);
      expect(walSize(app.databaseFile)).toBeGreaterThan(0);
      expect(await app.stop(signal)).toBe(0);
      expect(app.output()).toContain('the database is closed');
      expect(walSize(app.databaseFile)).toBe(0);
      // app.db alone holds the learner's cards: opened read-only, without any WAL beside it.
      const db = new Database(app.databaseFile, { readonly: true });
      try {
        const { cards } = db.prepare('SELECT COUNT(*) AS cards FROM "Card"').get() as {
          cards: number;
        };
        expect(cards).toBeGreaterThan(100);
      } finally {
        db.close();
      }
    } finally {
      await app.dispose();
    }
  });
}
