// Which interface the app may listen on: loopback only in local mode, which has no sign-in; any in shared mode.

/** The interface used when HOST is not set. */
export const DEFAULT_HOST = '127.0.0.1';

/** The port used when PORT is not set. */
export const DEFAULT_PORT = 3000;

/**
 * The port to listen on (PORT, 3000 when unset or blank), or the one-line reason it is refused: a
 * whole number from 1 to 65535.
 * @param {string | undefined} value
 * @returns {{ ok: true, port: number } | { ok: false, message: string }}
 */
export function listenPort(value) {
  const text = value?.trim() ?? '';
  if (text === '') return { ok: true, port: DEFAULT_PORT };
  const port = Number(text);
  if (/^\d+$/.test(text) && port >= 1 && port <= 65535) return { ok: true, port };
  return { ok: false, message: `PORT must be a whole number from 1 to 65535, got "${text}".` };
}

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host) {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (name === 'localhost' || name === '::1' || name === '0:0:0:0:0:0:0:1') return true;
  return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(name);
}

/**
 * The host to listen on, or the one-line reason it is refused. Shared mode (accounts) may listen on
 * any interface; local mode only on loopback.
 * @param {string | undefined} value
 * @param {'local' | 'shared'} [mode]
 */
export function listenHost(value, mode = 'local') {
  const host = value?.trim() || DEFAULT_HOST;
  if (mode === 'shared' || isLoopback(host)) return { ok: true, host };
  return {
    ok: false,
    message: `Refusing HOST=${host} in local mode: without sign-in anyone who can reach it could read and change your progress, so Backprop listens only on this machine (127.0.0.1, ::1 or localhost); to serve other machines, run shared mode with accounts (BACKPROP_MODE=shared and AUTH_SECRET).`,
  };
}
