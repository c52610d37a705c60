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

/**
 * Where to go after signing in: a path of this app (from the sign-in link's `next`), else home.
 * Anything that could leave the app (`//host`, `/\host`, a scheme) is ignored.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  if (value.startsWith('//') || value.startsWith('/\\') || /[\r\n]/.test(value)) return '/';
  if (value === '/sign-in' || value === '/sign-up') return '/';
  return value;
}
