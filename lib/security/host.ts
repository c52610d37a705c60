// Which Host header a request may carry: this machine's loopback names, or names the owner listed.

/**
 * The names, besides the loopback ones, that requests may be addressed to: `BACKPROP_ALLOWED_HOSTS`,
 * a comma-separated list of host names (a port, if given, is ignored), compared without case.
 */
export function allowedHostNames(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((entry) => hostName(entry.trim()))
    .filter((name): name is string => name !== null && name !== '');
}

/** The name part of a Host header, lower case, without port or IPv6 brackets; null when malformed. */
export function hostName(host: string): string | null {
  const value = host.trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end < 0) return null;
    const rest = value.slice(end + 1);
    if (rest !== '' && !/^:\d{1,5}$/.test(rest)) return null;
    return value.slice(1, end);
  }
  const colon = value.indexOf(':');
  if (colon < 0) return value;
  if (!/^\d{1,5}$/.test(value.slice(colon + 1))) return null;
  return value.slice(0, colon);
}

/** True for names only this machine resolves to itself: localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackName(name: string): boolean {
  if (name === 'localhost' || name === '::1' || name === '0:0:0:0:0:0:0:1') return true;
  return /^127(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(name);
}

/**
 * Whether a request addressed to `host` (its Host header) may be answered. Without sign-in the app
 * must answer only its own machine: a page on another site whose name resolves to 127.0.0.1 (DNS
 * rebinding) sends that name as the Host and is refused, so it can read neither pages nor the export.
 * A missing or malformed Host is refused too.
 */
export function isAllowedHost(host: string | null, allowed: readonly string[] = []): boolean {
  if (host === null) return false;
  const name = hostName(host);
  if (name === null || name === '') return false;
  return isLoopbackName(name) || allowed.includes(name);
}
