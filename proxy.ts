// Runs before every page and JSON route: refuses requests addressed to a name other than this
// machine's (DNS rebinding), then gives pages a per-request CSP nonce. API routes answer JSON, run
// no scripts, and get a static policy from next.config.js instead.
import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/locale';
import { inBothLanguages, messagesFor } from '@/lib/i18n/messages';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';
import { allowedHostNames, isAllowedHost } from '@/lib/security/host';

/** 403 with a short reason: JSON like the other routes' refusals for the API, text for pages. */
function refuseHost(request: NextRequest, isApi: boolean): Response {
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (isApi) {
    const error = inBothLanguages((m) => m.requests.wrongHost);
    return Response.json({ ok: false, error }, { status: 403, headers });
  }
  const locale = resolveLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get('accept-language'),
  );
  return new Response(messagesFor(locale).requests.wrongHost, {
    status: 403,
    headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
  });
}

export function proxy(request: NextRequest) {
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  const allowed = allowedHostNames(process.env.BACKPROP_ALLOWED_HOSTS);
  if (!isAllowedHost(request.headers.get('host'), allowed)) return refuseHost(request, isApi);
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
