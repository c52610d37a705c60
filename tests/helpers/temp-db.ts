// Throw-away SQLite databases for integration tests: migrated once per worker, copied per test.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configureDb, createDb, type Db } from '@/lib/db/client';

let template: string | undefined;

function migratedTemplate(): string {
  if (template) return template;
  const dir = mkdtempSync(path.join(tmpdir(), 'backprop-template-'));
  const file = path.join(dir, 'template.db');
  const result = spawnSync('node', ['scripts/migrate.mjs'], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`migration failed: ${result.stdout}${result.stderr}`);
  template = file;
  return file;
}

export interface TempDb {
  db: Db;
  file: string;
  url: string;
  close(): Promise<void>;
}

/** A new, migrated, empty database file with a configured client on it. */
export async function createTempDb(): Promise<TempDb> {
  const dir = mkdtempSync(path.join(tmpdir(), 'backprop-test-'));
  const file = path.join(dir, 'test.db');
  copyFileSync(migratedTemplate(), file);
  const url = `file:${file}`;
  const db = createDb(url);
  await configureDb(db);
  return {
    db,
    file,
    url,
    async close() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
