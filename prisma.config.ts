// Prisma CLI configuration: the JavaScript engine and the better-sqlite3 adapter, so migrations run offline.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';
import { databaseUrl } from './lib/db/url.mjs';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
