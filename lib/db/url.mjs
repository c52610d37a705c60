// Where the SQLite database lives: DATABASE_URL, or a file under the git-ignored data/ folder.
// Plain JavaScript so the npm scripts (scripts/*.mjs) read the same default as the app.
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
