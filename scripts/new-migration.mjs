// Writes a new migration for both databases from the change between the last migrated schema and
// prisma/schema.prisma: prisma/migrations/<stamp>_<name> (SQLite) and prisma/postgresql/migrations/<stamp>_<name>.
// Usage: npm run db:new-migration -- <name>   (needs the PostgreSQL server binaries: it diffs on a throw-away cluster)
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { databaseUrl } from '../lib/db/url.mjs';
import { ensureDatabaseFolder } from './migrate.mjs';
import { startCluster } from './postgres-cluster.mjs';
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from './postgres-schema.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Give the migration a snake_case name: npm run db:new-migration -- add_something');
  process.exit(1);
}
const SNAPSHOT = 'prisma/migrations/schema.snapshot.prisma';

/** `prisma migrate diff … --script` from a schema file (or nothing) to another. */
function diff(from, to, extraArgs = [], env = {}) {
  const result = spawnSync(
    'npx',
    [
      'prisma',
      'migrate',
      'diff',
      ...extraArgs,
      ...(from ? ['--from-schema-datamodel', from] : ['--from-empty']),
      '--to-schema-datamodel',
      to,
      '--script',
    ],
    { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1', ...env } },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

ensureDatabaseFolder(databaseUrl());
const hasSnapshot = existsSync(SNAPSHOT);
const sqliteSql = diff(hasSnapshot ? SNAPSHOT : null, SQLITE_SCHEMA);
if (!/\S/.test(sqliteSql.replace(/^--.*$/gm, ''))) {
  console.log('The schema has not changed since the last migration.');
  process.exit(0);
}

// The PostgreSQL side: the same change between the derived schemas, diffed through the pg adapter.
writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8')));
const work = mkdtempSync(path.join(tmpdir(), 'backprop-migration-'));
let postgresSql;
let cluster;
try {
  let from = null;
  if (hasSnapshot) {
    from = path.join(work, 'snapshot.postgresql.prisma');
    writeFileSync(from, derivePostgresSchema(readFileSync(SNAPSHOT, 'utf8')));
  }
  cluster = await startCluster();
  postgresSql = diff(from, POSTGRES_SCHEMA, ['--config', 'prisma/postgresql/prisma.config.ts'], {
    DATABASE_URL: cluster.url,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(
    'Writing the PostgreSQL migration needs the PostgreSQL server binaries (Debian: apt-get install postgresql).',
  );
  process.exit(1);
} finally {
  cluster?.stop();
  rmSync(work, { recursive: true, force: true });
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
for (const [folder, sql] of [
  ['prisma/migrations', sqliteSql],
  ['prisma/postgresql/migrations', postgresSql],
]) {
  const dir = `${folder}/${stamp}_${name}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/migration.sql`, sql);
  console.log(`Wrote ${dir}/migration.sql`);
}
copyFileSync(SQLITE_SCHEMA, SNAPSHOT);
console.log(
  'Regenerate the clients with `npm run db:generate`, and apply with `npm run db:migrate`.',
);
