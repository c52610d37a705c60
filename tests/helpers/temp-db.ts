// Throw-away databases for integration tests, in the database the Vitest project names: a SQLite file
// (migrated once per worker, copied per test) or a PostgreSQL database copied from a migrated template.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { configureDb, createDb, type DatabaseDialect, type Db } from '@/lib/db/client';
import { withDatabase } from '../../scripts/postgres-cluster.mjs';

/** The database the tests of this run use: the `postgresql` Vitest project sets TEST_DATABASE. */
export function testDialect(): DatabaseDialect {
  return process.env.TEST_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite';
}

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
  dialect: DatabaseDialect;
  /** The SQLite file (empty on PostgreSQL). */
  file: string;
  url: string;
  close(): Promise<void>;
}

async function createSqliteDb(): Promise<TempDb> {
  const dir = mkdtempSync(path.join(tmpdir(), 'backprop-test-'));
  const file = path.join(dir, 'test.db');
  copyFileSync(migratedTemplate(), file);
  const url = `file:${file}`;
  const db = createDb(url);
  await configureDb(db);
  return {
    db,
    dialect: 'sqlite',
    file,
    url,
    async close() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let admin: Db | undefined;
let counter = 0;

/** Runs a statement on the cluster's `postgres` database (creating and dropping test databases). */
async function adminStatement(sql: string): Promise<void> {
  admin ??= createDb(inject('postgresUrl'));
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.$executeRawUnsafe(sql);
      return;
    } catch (error) {
      // Two workers copying the template at the same instant: PostgreSQL refuses one; try again.
      if (attempt >= 10 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function createPostgresDb(): Promise<TempDb> {
  counter += 1;
  const name = `test_${process.pid}_${counter}_${Math.random().toString(36).slice(2, 8)}`;
  await adminStatement(`CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`);
  const url = withDatabase(inject('postgresUrl'), name);
  const db = createDb(url);
  return {
    db,
    dialect: 'postgresql',
    file: '',
    url,
    async close() {
      await db.$disconnect();
      await adminStatement(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** A new, migrated, empty database with a configured client on it (of this run's kind by default). */
export function createTempDb(dialect: DatabaseDialect = testDialect()): Promise<TempDb> {
  return dialect === 'postgresql' ? createPostgresDb() : createSqliteDb();
}
