// Playwright fixtures that give each test its own server and database, so tests never see each other's
// progress: `test` in local mode, `sharedTest` in shared mode (accounts, a session secret).
import { test as base } from '@playwright/test';
import { type AppServer, startServer } from '../support/app-server';

export const test = base.extend<{ app: AppServer }>({
  app: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.dispose();
    },
    { scope: 'test' },
  ],
  baseURL: async ({ app }, use) => use(app.url),
});

/** The settings of a shared-mode server in the tests (a fixed secret, long enough to be accepted). */
export const SHARED_ENV = {
  BACKPROP_MODE: 'shared',
  AUTH_SECRET: 'e2e-secret-0123456789-abcdefghijklmnopqrstuvwxyz',
};

export const sharedTest = base.extend<{ app: AppServer }>({
  app: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const server = await startServer({ env: SHARED_ENV });
      await use(server);
      await server.dispose();
    },
    { scope: 'test' },
  ],
  baseURL: async ({ app }, use) => use(app.url),
});

export { expect } from '@playwright/test';
