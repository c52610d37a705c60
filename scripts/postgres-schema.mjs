// Derives the PostgreSQL Prisma schema from prisma/schema.prisma (the one source of truth) and writes it.
// Usage: node scripts/postgres-schema.mjs [--check]   (--check: fail when the written file is stale)
import { readFileSync, writeFileSync } from 'node:fs';

export const SQLITE_SCHEMA = 'prisma/schema.prisma';
export const POSTGRES_SCHEMA = 'prisma/postgresql/schema.prisma';

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: do not edit; edit that file
// and run \`npm run db:new-migration\` (or \`node scripts/postgres-schema.mjs\`), which rewrites this one.
`;

/** Replaces exactly one match of `pattern` in `text`, or throws naming what was not found. */
function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
  if (matches.length !== 1) {
    throw new Error(`Expected one ${what} in the schema, found ${matches.length}.`);
  }
  return text.replace(pattern, replacement);
}

/**
 * The same models on PostgreSQL: the datasource's provider and placeholder URL, and the client
 * generated into lib/db/generated-pg (paths are relative to prisma/postgresql/).
 * @param {string} sqliteSchema
 * @returns {string}
 */
export function derivePostgresSchema(sqliteSchema) {
  let schema = replaceOnce(
    sqliteSchema,
    /(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/,
    '$1"postgresql"',
    'datasource with provider "sqlite"',
  );
  schema = replaceOnce(
    schema,
    /(datasource db \{[^}]*?url\s*=\s*)"[^"]*"/,
    '$1"postgresql://unused-see-lib-db-url"',
    'datasource url',
  );
  schema = replaceOnce(
    schema,
    /(generator client \{[^}]*?output\s*=\s*)"\.\.\/lib\/db\/generated"/,
    '$1"../../lib/db/generated-pg"',
    'generator output "../lib/db/generated"',
  );
  return HEADER + schema;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const derived = derivePostgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8'));
  if (process.argv.includes('--check')) {
    let written = '';
    try {
      written = readFileSync(POSTGRES_SCHEMA, 'utf8');
    } catch {
      // missing: stale
    }
    if (written !== derived) {
      console.error(
        `${POSTGRES_SCHEMA} is stale: run \`node scripts/postgres-schema.mjs\` and commit it.`,
      );
      process.exit(1);
    }
  } else {
    writeFileSync(POSTGRES_SCHEMA, derived);
    console.log(`Wrote ${POSTGRES_SCHEMA}`);
  }
}
