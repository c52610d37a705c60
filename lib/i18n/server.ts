// Reads the request's locale in Server Components and server actions.
import { cookies, headers } from 'next/headers';
import { type Locale, LOCALE_COOKIE, resolveLocale } from './locale';

export async function getLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get('accept-language'));
}
