// Reads the request's locale in Server Components and server actions.
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE, type Locale, resolveLocale } from './locale';

export async function getLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get('accept-language'));
}
