// Stops the server on SIGINT or SIGTERM: no new connections, answers in progress finish, then the database is closed.

/** How long answers in progress may take before the server stops without them. */
const GRACE_MS = 10_000;

/**
 * On the first SIGINT or SIGTERM, stops accepting connections, lets requests in progress finish
 * (for up to `graceMs`), closes the app's database client (for SQLite this checkpoints the WAL into
 * the database file, so `app.db` alone holds everything) and exits 0. A second signal exits at once.
 * @param {import('node:http').Server} server
 * @param {{ graceMs?: number, log?: (line: string) => void }} [options]
 */
export function stopOnSignals(server, { graceMs = GRACE_MS, log = console.log } = {}) {
  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(1);
    stopping = true;
    log('\nStopping Backprop: finishing the answers in progress…');
    const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(timer);
    /** The client lib/db/client.ts opened in this process, if a request opened it. */
    const db = /** @type {{ backpropDb?: { $disconnect(): Promise<void> } }} */ (globalThis)
      .backpropDb;
    try {
      await db?.$disconnect();
    } catch (error) {
      console.error('Closing the database failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    }
    log('Backprop stopped; the database is closed.');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop());
}
