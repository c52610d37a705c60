// Vitest configuration: unit and database integration tests, in Node, with the `@/` alias. The
// integration tests run twice: on SQLite files, and on a throw-away PostgreSQL cluster when the
// server binaries are present (one line says so when they are not).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { postgresBinDir } from './scripts/postgres-cluster.mjs';

const postgres = postgresBinDir() !== null;
if (!postgres && !process.env.VITEST_WORKER_ID) {
  console.log(
    'PostgreSQL suite skipped: no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/postgres; Debian: apt-get install postgresql).',
  );
}

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    setupFiles: ['tests/support/fail-on-bug.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
        },
      },
      ...(postgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgresql',
                include: ['tests/integration/**/*.test.ts'],
                env: { TEST_DATABASE: 'postgresql' },
                globalSetup: ['tests/support/postgres-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
