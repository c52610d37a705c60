// Which requests may write through the JSON routes: same-origin JSON only, never a page on another origin.

/** Why a write request is refused before its body is read, or null when it may go on. */
export type WriteGuard = 'cross-origin' | 'not-json' | null;

/** The host (and port) the request was sent to, as the browser saw it. */
function requestHost(request: Request): string {
  const { headers } = request;
  return headers.get('x-forwarded-host') ?? headers.get('host') ?? new URL(request.url).host;
}

/**
 * Refuses a request that a page on another origin could have sent. Browsers mark every such POST:
 * `Sec-Fetch-Site` is `cross-site` or `same-site` (another port or subdomain), and `Origin` names
 * the other page's origin (or `null`). Tools such as curl send neither and are judged by the rest.
 */
export function isCrossOrigin(request: Request): boolean {
  const { headers } = request;
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  return originHost !== requestHost(request);
}

/**
 * True for `application/json` (with or without parameters). A page on another origin can send
 * `text/plain`, form or multipart bodies without asking; JSON needs a CORS preflight this app never grants.
 */
export function isJsonContentType(headers: Headers): boolean {
  const type = headers.get('content-type');
  if (type === null) return false;
  return type.split(';')[0].trim().toLowerCase() === 'application/json';
}

/** The first reason to refuse a write through a JSON route, or null. */
export function guardWrite(request: Request): WriteGuard {
  if (isCrossOrigin(request)) return 'cross-origin';
  if (!isJsonContentType(request.headers)) return 'not-json';
  return null;
}
