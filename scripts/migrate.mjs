// Applies the migrations in prisma/migrations to the database (DATABASE_URL or the default in lib/db/url.mjs), creating it if needed.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { databaseUrl } from '../lib/db/url.mjs';

const url = databaseUrl();

/** Creates the folder that holds a file: database, so SQLite can create the file itself. */
export function ensureDatabaseFolder(databaseUrl) {
  if (!databaseUrl.startsWith('file:')) return;
  const file = databaseUrl.slice('file:'.length).split('?')[0];
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

export function migrate(databaseUrl = url) {
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

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate();
  console.log(`Database ready: ${url}`);
}
