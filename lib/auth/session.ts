// Who is signed in: the account of a request's session cookie, checked against the database.
import { cookies, headers } from 'next/headers';
import { getAuth, isSecureRequest } from './server';

export interface SignedInUser {
  id: string;
  email: string;
}

/**
 * The signed-in account of a request, or null without a valid, unexpired session. `refresh: false`
 * only checks (the proxy cannot set the cookie a refreshed session would need).
 */
export async function sessionUser(
  headers: Headers,
  { refresh = true }: { refresh?: boolean } = {},
): Promise<SignedInUser | null> {
  const auth = await getAuth(isSecureRequest(headers));
  const session = await auth.api.getSession({ headers, query: { disableRefresh: !refresh } });
  return session ? { id: session.user.id, email: session.user.email } : null;
}

/**
 * The signed-in account of the request being rendered or acted on. Its cookies are read as they
 * are now: a server action that replaced the session (a password change) renders with the new one.
 */
export async function currentSessionUser(): Promise<SignedInUser | null> {
  const [requestHeaders, cookieStore] = await Promise.all([headers(), cookies()]);
  const current = new Headers(requestHeaders);
  current.set('cookie', cookieStore.toString());
  return sessionUser(current);
}
