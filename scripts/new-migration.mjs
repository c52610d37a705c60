// Writes a new migration from the change between the last migrated schema and prisma/schema.prisma.
// Usage: npm run db:new-migration -- <name>
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { databaseUrl } from '../lib/db/url.mjs';
import { ensureDatabaseFolder } from './migrate.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Give the migration a snake_case name: npm run db:new-migration -- add_something');
  process.exit(1);
}
ensureDatabaseFolder(databaseUrl());
const snapshot = 'prisma/migrations/schema.snapshot.prisma';
const from = existsSync(snapshot) ? ['--from-schema-datamodel', snapshot] : ['--from-empty'];
const diff = spawnSync(
  'npx',
  [
    'prisma',
    'migrate',
    'diff',
    ...from,
    '--to-schema-datamodel',
    'prisma/schema.prisma',
    '--script',
  ],
  { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } },
);
if (diff.status !== 0) {
  process.stderr.write(diff.stderr);
  process.exit(diff.status ?? 1);
}
if (!/\S/.test(diff.stdout.replace(/^--.*$/gm, ''))) {
  console.log('The schema has not changed since the last migration.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = `prisma/migrations/${stamp}_${name}`;
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/migration.sql`, diff.stdout);
copyFileSync('prisma/schema.prisma', snapshot);
console.log(`Wrote ${dir}/migration.sql`);
