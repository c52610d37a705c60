// Where the SQLite database lives: DATABASE_URL, or a file under the git-ignored data/ folder.
export const DEFAULT_DATABASE_URL = 'file:./data/app.db';

/** The database URL the app and the Prisma CLI use. */
export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}
