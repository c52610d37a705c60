// Runs before every page and API route: a per-request CSP nonce, sent to the browser and to Next.js.
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
  // Static files carry no scripts to protect; everything rendered or answered by the app does.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
