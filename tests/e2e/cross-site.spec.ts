// Writes from other origins: a real page on another origin, and raw requests, get 403/415 and change nothing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';

// Each test starts its own server; on a busy two-core machine that alone can take most of a minute.
test.describe.configure({ timeout: 180_000 });

const ROUTES = ['/api/reviews', '/api/import'] as const;

/** Everything a write could change, read straight from the database file. */
function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  const rows = {
    cards: db.prepare('SELECT id, itemId, reps, state, due FROM Card ORDER BY id').all(),
    reviews: db.prepare('SELECT COUNT(*) n FROM Review').get(),
    attempts: db.prepare('SELECT COUNT(*) n FROM Attempt').get(),
    days: db.prepare('SELECT COUNT(*) n FROM DailyStat').get(),
    learner: db
      .prepare('SELECT timezone, dayStartHour, newPerDay, reviewsPerDay FROM Learner')
      .all(),
  };
  db.close();
  return rows;
}

/** Request bodies that the app would accept from its own page: each one writes something. */
async function validBodies(appUrl: string, file: string): Promise<Record<string, string>> {
  const db = new Database(file, { readonly: true });
  const card = db.prepare('SELECT id, reps FROM Card ORDER BY id LIMIT 1').get() as {
    id: number;
    reps: number;
  };
  db.close();
  const exported = await (await fetch(`${appUrl}/api/export`)).json();
  return {
    '/api/reviews': JSON.stringify({
      submissionId: 'cross-site-rating-1',
      cardId: card.id,
      rating: 4,
      expectedReps: card.reps,
    }),
    '/api/import': JSON.stringify({
      ...exported,
      learner: { ...exported.learner, newPerDay: 7, reviewsPerDay: 7 },
    }),
  };
}

/** A page served from another origin that posts each body the ways a page can without CORS. */
function attackerPage(appUrl: string, bodies: Record<string, string>): string {
  const script = `
    const app = ${JSON.stringify(appUrl)};
    const bodies = ${JSON.stringify(bodies)};
    Promise.allSettled(Object.entries(bodies).flatMap(([path, body]) => [
      fetch(app + path, { method: 'POST', mode: 'no-cors', credentials: 'include',
        headers: { 'content-type': 'text/plain' }, body }),
      fetch(app + path, { method: 'POST', mode: 'no-cors', body: new Blob([body]) }),
    ])).then(() => { document.title = 'sent'; });`;
  // A form can post text/plain too; its body ends in "=" unless the name/value split hides it.
  const rating = bodies['/api/reviews'];
  const name = rating.slice(0, -1).replace(/"/g, '&quot;');
  return `<!doctype html><html><head><title>attacker</title></head><body>
    <form id="f" method="POST" enctype="text/plain" action="${appUrl}/api/reviews">
      <input type="hidden" name="${name},&quot;x&quot;:&quot;" value="&quot;}">
    </form>
    <script>${script}</script></body></html>`;
}

async function listen(server: Server, host: string): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as AddressInfo).port;
}

test('a page on another origin posts to every JSON route: refused, nothing written', async ({
  page,
  app,
}) => {
  await page.goto('/review');
  const bodies = await validBodies(app.url, app.databaseFile);
  const before = snapshot(app.databaseFile);
  let html = '';
  const attacker = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  const port = await listen(attacker, '127.0.0.1');
  html = attackerPage(app.url, bodies);
  const statuses: { url: string; status: number }[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(`${app.url}/api/`)) {
      statuses.push({ url: response.url(), status: response.status() });
    }
  });
  try {
    // 127.0.0.1 on another port is another origin of the same site; localhost is another site.
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      statuses.length = 0;
      await page.goto(`${origin}/`);
      await expect(page).toHaveTitle('sent');
      await expect.poll(() => statuses.length).toBe(ROUTES.length * 2);
      const formAnswer = page.waitForResponse(`${app.url}/api/reviews`);
      await page.locator('#f').evaluate((form: HTMLFormElement) => form.submit());
      expect((await formAnswer).status()).toBe(403);
      // The form navigates the page to the refusal; let that finish before the next origin.
      await page.waitForURL(`${app.url}/api/reviews`);
      expect(statuses.every((entry) => entry.status === 403)).toBe(true);
      expect(new Set(statuses.map((entry) => new URL(entry.url).pathname))).toEqual(
        new Set(ROUTES),
      );
    }
  } finally {
    attacker.close();
  }
  expect(snapshot(app.databaseFile)).toEqual(before);
});

test('raw requests: text/plain gets 415, another Origin 403, nothing written; JSON is accepted', async ({
  page,
  app,
}) => {
  await page.goto('/review');
  const bodies = await validBodies(app.url, app.databaseFile);
  const before = snapshot(app.databaseFile);
  for (const path of ROUTES) {
    const plain = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: bodies[path],
    });
    expect(plain.status, path).toBe(415);
    expect((await plain.json()).error.en).toContain('application/json');
    const untyped = await fetch(`${app.url}${path}`, {
      method: 'POST',
      body: new Blob([bodies[path]]),
    });
    expect(untyped.status, path).toBe(415);
    const foreign = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: bodies[path],
    });
    expect(foreign.status, path).toBe(403);
    const crossSite = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: bodies[path],
    });
    expect(crossSite.status, path).toBe(403);
  }
  expect(snapshot(app.databaseFile)).toEqual(before);

  // The same body as JSON from the app's own origin is a real write: the refusals above were not luck.
  const own = await fetch(`${app.url}/api/reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: bodies['/api/reviews'],
  });
  expect(own.status).toBe(200);
  expect(snapshot(app.databaseFile).reviews).toEqual({ n: 1 });
});
