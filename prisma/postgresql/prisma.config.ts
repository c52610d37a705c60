// Prisma CLI configuration for the PostgreSQL schema (derived from prisma/schema.prisma): the JavaScript
// engine and the pg adapter. Used to generate its client and to author its migrations, which
// `prisma migrate diff` does against a running server (scripts/new-migration.mjs starts a throw-away one).
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
