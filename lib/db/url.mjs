// Where the database lives: DATABASE_URL, or a SQLite file under the git-ignored data/ folder; and
// which database a URL names. Plain JavaScript so the npm scripts (scripts/*.mjs) read the same as the app.
export const DEFAULT_DATABASE_URL = 'file:./data/app.db';

/**
 * The database URL the app, the Prisma CLI and the scripts use.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function databaseUrl(env = process.env) {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/**
 * The database a URL names: `file:` is SQLite, `postgresql:` or `postgres:` is PostgreSQL.
 * @param {string} url
 * @returns {'sqlite' | 'postgresql'}
 */
export function databaseDialect(url) {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(':')[0]}:…".`,
  );
}
