// Runs before every page and JSON route. Local mode refuses requests addressed to a name other than
// this machine's (DNS rebinding); shared mode requires a session everywhere but signing in and up
// and the health check (pages go to sign-in, JSON routes answer 401). Pages then get a per-request
// CSP nonce; API routes answer JSON, run no scripts, and get a static policy from next.config.js.
import { type NextRequest, NextResponse } from 'next/server';
import { isPublicPath } from '@/lib/auth/gate';
import { sessionUser } from '@/lib/auth/session';
import { isSharedMode } from '@/lib/auth/settings';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/locale';
import { inBothLanguages, messagesFor } from '@/lib/i18n/messages';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';
import { allowedHostNames, isAllowedHost } from '@/lib/security/host';

/** The learner's language: the locale cookie, else the browser's languages. */
function requestLocale(request: NextRequest) {
  return resolveLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get('accept-language'),
  );
}

/** 403 with a short reason: JSON like the other routes' refusals for the API, text for pages. */
function refuseHost(request: NextRequest, isApi: boolean): Response {
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (isApi) {
    const error = inBothLanguages((m) => m.requests.wrongHost);
    return Response.json({ ok: false, error }, { status: 403, headers });
  }
  return new Response(messagesFor(requestLocale(request)).requests.wrongHost, {
    status: 403,
    headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** A request without a session in shared mode: 401 for JSON and writes, sign-in for page views. */
function requireSignIn(request: NextRequest, isApi: boolean): Response {
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  const error = inBothLanguages((m) => m.account.refused.signInRequired);
  if (isApi) return Response.json({ ok: false, error }, { status: 401, headers });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(error[requestLocale(request)], {
      status: 401,
      headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const target = new URL('/sign-in', request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== '/') target.searchParams.set('next', pathname + search);
  return NextResponse.redirect(target, { status: 303, headers });
}

export async function proxy(request: NextRequest) {
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  if (isSharedMode()) {
    // Accounts, not the Host header, guard shared mode: session cookies belong to the host name
    // the learner signed in at, so a rebound name carries none.
    if (
      !isPublicPath(request.nextUrl.pathname) &&
      !(await sessionUser(request.headers, { refresh: false }))
    ) {
      return requireSignIn(request, isApi);
    }
  } else {
    const allowed = allowedHostNames(process.env.BACKPROP_ALLOWED_HOSTS);
    if (!isAllowedHost(request.headers.get('host'), allowed)) return refuseHost(request, isApi);
  }
  if (isApi) return NextResponse.next();
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  // Next.js reads the policy from the request to put the nonce on its own scripts.
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages and JSON routes; not the build's static files and icon, which are the same for everyone.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
