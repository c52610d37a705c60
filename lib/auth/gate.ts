// Which paths shared mode serves without a session, and where a request without one is sent.

/** Pages and routes open to everyone in shared mode: signing in and up, and the health check. */
const PUBLIC_PATHS = new Set([
  '/sign-in',
  '/sign-up',
  '/api/health',
  '/api/auth/sign-in',
  '/api/auth/sign-up',
  '/icon.svg',
  '/manifest.webmanifest',
]);

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.has(pathname.replace(/\/+$/, '') || '/');
}

/** Any origin: a path resolved against it that ends up elsewhere would leave the app. */
const APP_ORIGIN = 'http://app.invalid';

/** A space, a control character or a backslash: none is in a percent-encoded path. */
function hasUnsafeCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

/**
 * Where to go after signing in: a path of this app (from the sign-in link's `next`), else home.
 * Anything that could leave the app (`//host`, `/\host`, a scheme) is ignored, and so is any space,
 * control character or backslash: browsers drop a tab or newline inside a URL and read `\` as `/`,
 * so `/<tab>/host` is `//host` to them. The app's own links are percent-encoded.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  if (value.startsWith('//') || hasUnsafeCharacter(value)) return '/';
  if (new URL(value, APP_ORIGIN).origin !== APP_ORIGIN) return '/';
  if (value === '/sign-in' || value === '/sign-up') return '/';
  return value;
}
