// Applies prisma/postgresql/migrations to a PostgreSQL database: each file once, in order, in its own
// transaction, recorded in a table of applied migrations (`prisma migrate deploy` fails through the pg adapter).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const POSTGRES_MIGRATIONS = 'prisma/postgresql/migrations';
/** Any constant: the key of the advisory lock that keeps two starting servers from migrating at once. */
const MIGRATION_LOCK_KEY = 7_318_201;

/** The migration folders in the order they apply (their names start with a timestamp). */
export function migrationNames(folder = POSTGRES_MIGRATIONS) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const checksum = (sql) => createHash('sha256').update(sql).digest('hex');

/**
 * Applies the pending migrations; returns the names it applied. Refuses to go on when a migration
 * that was applied has been edited since, or when the database has one this checkout does not know.
 * @param {string} url
 * @returns {Promise<string[]>}
 */
export async function migratePostgres(url, folder = POSTGRES_MIGRATIONS) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_backprop_migrations" (
      "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL,
      "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query('SELECT "name", "checksum" FROM "_backprop_migrations"');
    const applied = new Map(rows.map((row) => [row.name, row.checksum]));
    const names = migrationNames(folder);
    const unknown = [...applied.keys()].filter((name) => !names.includes(name));
    if (unknown.length > 0) {
      throw new Error(
        `The database has migrations this checkout does not: ${unknown.join(', ')}. Update the app.`,
      );
    }
    const done = [];
    for (const name of names) {
      const sql = readFileSync(path.join(folder, name, 'migration.sql'), 'utf8');
      const sum = checksum(sql);
      if (applied.has(name)) {
        if (applied.get(name) !== sum) {
          throw new Error(`Migration ${name} was edited after it was applied; write a new one.`);
        }
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query(
          'INSERT INTO "_backprop_migrations" ("name", "checksum") VALUES ($1, $2)',
          [name, sum],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(
          `Migration ${name} failed: ${error instanceof Error ? error.message : error}`,
        );
      }
      done.push(name);
    }
    return done;
  } finally {
    await client.end();
  }
}
