// Runs before every page: a per-request CSP nonce, sent to the browser and to Next.js.
// API routes answer JSON, run no scripts, and get a static policy from next.config.js instead.
import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';

export function proxy(request: NextRequest) {
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
  // Pages only: static files and JSON routes carry no scripts (and skip this step's cost).
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
