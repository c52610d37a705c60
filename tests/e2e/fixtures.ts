// A Playwright fixture that gives each test its own server and database, so tests never see each other's progress.
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

export { expect } from '@playwright/test';
