// Which interface the app may listen on: loopback only, since local mode has no sign-in.

/** The interface used when HOST is not set. */
export const DEFAULT_HOST = '127.0.0.1';

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host) {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (name === 'localhost' || name === '::1' || name === '0:0:0:0:0:0:0:1') return true;
  return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(name);
}

/** The host to listen on, or the one-line reason it is refused. */
export function listenHost(value) {
  const host = value?.trim() || DEFAULT_HOST;
  if (isLoopback(host)) return { ok: true, host };
  return {
    ok: false,
    message: `Refusing HOST=${host}: without sign-in anyone who can reach it could read and change your progress, so Backprop listens only on this machine (127.0.0.1, ::1 or localhost); serving other machines is the job of shared mode (BACKPROP_MODE=shared), which this version does not have.`,
  };
}
