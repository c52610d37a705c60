// The address a request came from, as the server saw it and as the trusted proxies in front of it report it.
// Plain JavaScript: `npm start`'s server sets it on every request, and the sign-in limits read it.

/** The request header the server writes the client's address into (any copy a client sent is replaced). */
export const CLIENT_ADDRESS_HEADER = 'x-backprop-client-address';

/** Most reverse proxies in front of the app that BACKPROP_TRUSTED_PROXIES may name. */
export const MAX_TRUSTED_PROXIES = 10;

/**
 * BACKPROP_TRUSTED_PROXIES: how many reverse proxies in front of the app each add the address they
 * received the request from to X-Forwarded-For (0 when unset: clients reach the app directly).
 * @param {string | undefined} value
 * @returns {{ ok: true, trustedProxies: number } | { ok: false, message: string }}
 */
export function trustedProxiesSetting(value) {
  const text = value?.trim() ?? '';
  if (text === '') return { ok: true, trustedProxies: 0 };
  const n = Number(text);
  if (Number.isInteger(n) && n >= 0 && n <= MAX_TRUSTED_PROXIES)
    return { ok: true, trustedProxies: n };
  return {
    ok: false,
    message: `BACKPROP_TRUSTED_PROXIES must be a whole number from 0 to ${MAX_TRUSTED_PROXIES} (reverse proxies in front of the app that add the client's address to X-Forwarded-For), got "${text}".`,
  };
}

/** An IPv4 address as IPv6 writes it (`::ffff:127.0.0.1`) in its usual form. */
function plainAddress(address) {
  return address.toLowerCase().startsWith('::ffff:') && address.includes('.')
    ? address.slice('::ffff:'.length)
    : address;
}

/**
 * The client's address: the server's own peer when no proxy is trusted, else the address the
 * outermost trusted proxy received the request from. Each trusted proxy appends its peer to
 * X-Forwarded-For, so that address is the entry `trustedProxies` places before the peer; entries
 * further left were written by the client itself and are never believed. With fewer entries than
 * trusted proxies, the leftmost one is taken.
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header as received
 * @param {string | undefined} peer the address of the connection's other end
 * @param {number} trustedProxies
 * @returns {string}
 */
export function clientAddress(forwardedFor, peer, trustedProxies) {
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const hops = peer ? [...listed, peer] : listed;
  if (hops.length === 0) return 'unknown';
  return plainAddress(hops[Math.max(0, hops.length - 1 - trustedProxies)]);
}

/**
 * `handle` with the client's address written into CLIENT_ADDRESS_HEADER of every request first.
 * @template {import('node:http').IncomingMessage} Req
 * @template Res
 * @param {(req: Req, res: Res) => unknown} handle
 * @param {number} trustedProxies
 * @returns {(req: Req, res: Res) => unknown}
 */
export function withClientAddress(handle, trustedProxies) {
  return (req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      req.headers['x-forwarded-for'],
      req.socket.remoteAddress,
      trustedProxies,
    );
    return handle(req, res);
  };
}
