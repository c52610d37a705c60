// Vitest configuration: unit and database integration tests, in Node, with the `@/` alias.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    setupFiles: ['tests/support/fail-on-bug.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
