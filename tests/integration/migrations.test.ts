// The SQLite and PostgreSQL migration sets build the same schema: applied to real databases, both
// have the tables of prisma/schema.prisma with the same columns, keys, indexes and foreign keys.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { createTempDb, testDialect } from '../helpers/temp-db';

interface Shape {
  tables: Record<
    string,
    {
      columns: Record<string, { type: string; nullable: boolean; default: string | null }>;
      primaryKey: string[];
    }
  >;
  indexes: Record<string, { table: string; unique: boolean; columns: string[] }>;
  foreignKeys: string[];
}

/** Type names as the schema means them, whichever database spelled them. */
const TYPES: Record<string, string> = {
  INTEGER: 'int',
  integer: 'int',
  BIGINT: 'bigint',
  bigint: 'bigint',
  REAL: 'float',
  'double precision': 'float',
  TEXT: 'text',
  text: 'text',
  BOOLEAN: 'bool',
  boolean: 'bool',
  DATETIME: 'timestamp',
  'timestamp without time zone': 'timestamp',
};

function normalType(type: string): string {
  const normal = TYPES[type];
  if (!normal) throw new Error(`unexpected column type ${type}`);
  return normal;
}

/** Defaults without casts and quotes' spelling: `'local'::text` and `'local'` are one default. */
function normalDefault(value: string | null): string | null {
  if (value === null) return null;
  if (value.startsWith('nextval(')) return 'autoincrement';
  return value.replace(/::[a-z ]+$/, '').toLowerCase();
}

const MIGRATION_TABLES = new Set(['_prisma_migrations', '_backprop_migrations']);

async function sqliteShape(db: Db): Promise<Shape> {
  const shape: Shape = { tables: {}, indexes: {}, foreignKeys: [] };
  const tables = await db.$queryRawUnsafe<{ name: string; sql: string }[]>(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  for (const { name, sql } of tables) {
    if (MIGRATION_TABLES.has(name)) continue;
    const columns = await db.$queryRawUnsafe<
      {
        name: string;
        type: string;
        notnull: number | bigint;
        dflt_value: string | null;
        pk: number | bigint;
      }[]
    >(`PRAGMA table_info("${name}")`);
    const primaryKey = columns
      .filter((column) => Number(column.pk) > 0)
      .sort((a, b) => Number(a.pk) - Number(b.pk))
      .map((column) => column.name);
    shape.tables[name] = { columns: {}, primaryKey };
    for (const column of columns) {
      const autoincrement =
        primaryKey.length === 1 && column.name === primaryKey[0] && /AUTOINCREMENT/.test(sql);
      shape.tables[name].columns[column.name] = {
        type: normalType(column.type),
        // SQLite lets an INTEGER PRIMARY KEY be declared without NOT NULL; Prisma declares it.
        nullable: Number(column.notnull) === 0,
        default: autoincrement ? 'autoincrement' : normalDefault(column.dflt_value),
      };
    }
    const indexes = await db.$queryRawUnsafe<
      { name: string; unique: number | bigint; origin: string }[]
    >(`PRAGMA index_list("${name}")`);
    for (const index of indexes.filter((i) => i.origin === 'c')) {
      const info = await db.$queryRawUnsafe<{ seqno: number | bigint; name: string }[]>(
        `PRAGMA index_info("${index.name}")`,
      );
      shape.indexes[index.name] = {
        table: name,
        unique: Number(index.unique) === 1,
        columns: info.sort((a, b) => Number(a.seqno) - Number(b.seqno)).map((c) => c.name),
      };
    }
    const keys = await db.$queryRawUnsafe<
      { table: string; from: string; to: string; on_update: string; on_delete: string }[]
    >(`PRAGMA foreign_key_list("${name}")`);
    for (const key of keys) {
      shape.foreignKeys.push(
        `${name}.${key.from} -> ${key.table}.${key.to} on delete ${key.on_delete} on update ${key.on_update}`,
      );
    }
  }
  shape.foreignKeys.sort();
  return shape;
}

async function postgresShape(db: Db): Promise<Shape> {
  const shape: Shape = { tables: {}, indexes: {}, foreignKeys: [] };
  const columns = await db.$queryRawUnsafe<
    { table: string; column: string; type: string; nullable: string; default: string | null }[]
  >(`SELECT table_name::text AS "table", column_name::text AS "column", data_type::text AS "type",
       is_nullable::text AS "nullable", column_default::text AS "default"
     FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`);
  for (const column of columns) {
    if (MIGRATION_TABLES.has(column.table)) continue;
    shape.tables[column.table] ??= { columns: {}, primaryKey: [] };
    shape.tables[column.table].columns[column.column] = {
      type: normalType(column.type),
      nullable: column.nullable === 'YES',
      default: normalDefault(column.default),
    };
  }
  const indexes = await db.$queryRawUnsafe<
    { name: string; table: string; unique: boolean; primary: boolean; columns: string[] }[]
  >(`SELECT i.relname::text AS "name", t.relname::text AS "table", x.indisunique AS "unique",
       x.indisprimary AS "primary",
       ARRAY(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS "columns"
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace ns ON ns.oid = t.relnamespace WHERE ns.nspname = 'public'`);
  for (const index of indexes) {
    if (MIGRATION_TABLES.has(index.table)) continue;
    if (index.primary) shape.tables[index.table].primaryKey = index.columns;
    else
      shape.indexes[index.name] = {
        table: index.table,
        unique: index.unique,
        columns: index.columns,
      };
  }
  const keys = await db.$queryRawUnsafe<
    {
      table: string;
      from: string;
      to_table: string;
      to: string;
      on_delete: string;
      on_update: string;
    }[]
  >(`SELECT kcu.table_name::text AS "table", kcu.column_name::text AS "from",
       ccu.table_name::text AS "to_table", ccu.column_name::text AS "to",
       rc.delete_rule::text AS "on_delete", rc.update_rule::text AS "on_update"
     FROM information_schema.referential_constraints rc
     JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name
     JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.constraint_name
     WHERE rc.constraint_schema = 'public'`);
  for (const key of keys) {
    shape.foreignKeys.push(
      `${key.table}.${key.from} -> ${key.to_table}.${key.to} on delete ${key.on_delete} on update ${key.on_update}`,
    );
  }
  shape.foreignKeys.sort();
  return shape;
}

/** The model names of prisma/schema.prisma: the tables both databases must have. */
function schemaModels(): string[] {
  const schema = readFileSync('prisma/schema.prisma', 'utf8');
  return [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]).sort();
}

describe.skipIf(testDialect() !== 'postgresql')('the two migration sets', () => {
  it('build the same tables, columns, keys, indexes and foreign keys', async () => {
    const sqlite = await createTempDb('sqlite');
    const postgres = await createTempDb('postgresql');
    try {
      const [fromSqlite, fromPostgres] = await Promise.all([
        sqliteShape(sqlite.db),
        postgresShape(postgres.db),
      ]);
      expect(Object.keys(fromSqlite.tables).sort()).toEqual(schemaModels());
      expect(fromPostgres).toEqual(fromSqlite);
    } finally {
      await Promise.all([sqlite.close(), postgres.close()]);
    }
    // Migrating the SQLite template runs the Prisma CLI: allow for a loaded machine.
  }, 120_000);
});
