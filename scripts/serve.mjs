// Serves the built app on host:port: Next's request handler behind the first-come-first-served queue.
import { createServer } from 'node:http';
import { withClientAddress } from '../lib/auth/client-address.mjs';
import { requestQueue } from './request-queue.mjs';

/**
 * Starts Next.js in production mode in this process and listens; resolves with the HTTP server once
 * it accepts connections. Every request carries the client's address as `trustedProxies` proxies
 * in front report it (lib/auth/client-address.mjs).
 * @param {{ host: string, port: number, concurrency: number, trustedProxies: number }} options
 * @returns {Promise<import('node:http').Server>}
 */
export async function serve({ host, port, concurrency, trustedProxies }) {
  // Next reads NODE_ENV when it loads, as `next start` sets it.
  process.env.NODE_ENV = 'production';
  const { default: next } = await import('next');
  const app = next({ dev: false, hostname: host, port, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer(
    requestQueue(
      withClientAddress((req, res) => handle(req, res), trustedProxies),
      { concurrency },
    ),
  );
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  return server;
}
