// Applies the migrations of the database DATABASE_URL names (or the default in lib/db/url.mjs):
// prisma/migrations to a SQLite file (created if needed), prisma/postgresql/migrations to PostgreSQL.
// First: the .env files are read before any module below reads a setting.
import './env.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { databaseDialect, databaseUrl } from '../lib/db/url.mjs';
import { migratePostgres } from './migrate-postgres.mjs';

const url = databaseUrl();

/** Creates the folder that holds a file: database, so SQLite can create the file itself. */
export function ensureDatabaseFolder(databaseUrl) {
  if (!databaseUrl.startsWith('file:')) return;
  const file = databaseUrl.slice('file:'.length).split('?')[0];
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

function migrateSqlite(databaseUrl) {
  ensureDatabaseFolder(databaseUrl);
  const result = spawnSync('npx', ['prisma', 'migrate', 'deploy'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`Could not apply the database migrations to ${databaseUrl}`);
  }
}

/** The URL without its password, for messages. */
export function redactedUrl(databaseUrl) {
  return databaseUrl.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

/** Applies every pending migration to the database the URL names. */
export async function migrate(databaseUrl = url) {
  if (databaseDialect(databaseUrl) === 'sqlite') {
    migrateSqlite(databaseUrl);
    return;
  }
  try {
    await migratePostgres(databaseUrl);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not apply the database migrations to ${redactedUrl(databaseUrl)}: ${reason}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await migrate();
    console.log(`Database ready: ${redactedUrl(url)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
