// `npm run check`: the PostgreSQL schema is the one derived from prisma/schema.prisma, and both
// databases have the same migrations, by name, with nothing pending in the schema (the snapshot is current).
// That the two sets build the same tables, columns and indexes is tested on real databases
// (tests/integration/migrations.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { migrationNames, POSTGRES_MIGRATIONS } from './migrate-postgres.mjs';
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from './postgres-schema.mjs';

const problems = [];
const schema = readFileSync(SQLITE_SCHEMA, 'utf8');
if (
  !existsSync(POSTGRES_SCHEMA) ||
  readFileSync(POSTGRES_SCHEMA, 'utf8') !== derivePostgresSchema(schema)
) {
  problems.push(
    `${POSTGRES_SCHEMA} is not derived from ${SQLITE_SCHEMA}: run \`node scripts/postgres-schema.mjs\`.`,
  );
}
const sqlite = migrationNames('prisma/migrations');
const postgres = migrationNames(POSTGRES_MIGRATIONS);
for (const name of sqlite.filter((n) => !postgres.includes(n))) {
  problems.push(`prisma/migrations/${name} has no PostgreSQL twin in ${POSTGRES_MIGRATIONS}.`);
}
for (const name of postgres.filter((n) => !sqlite.includes(n))) {
  problems.push(`${POSTGRES_MIGRATIONS}/${name} has no SQLite twin in prisma/migrations.`);
}
/** The models and their fields, without comments and blank lines (the datasource URL may differ). */
const models = (text) =>
  text
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter((line) => line && !/^url\s*=/.test(line))
    .join('\n');
const snapshot = 'prisma/migrations/schema.snapshot.prisma';
if (models(readFileSync(snapshot, 'utf8')) !== models(schema)) {
  problems.push(
    `${SQLITE_SCHEMA} changed since the last migration: run \`npm run db:new-migration -- <name>\`.`,
  );
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`Migrations: ${sqlite.length} for SQLite and PostgreSQL each, schemas in step.`);
