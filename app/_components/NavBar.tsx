// The top navigation: the app's name, its parts, the account (shared mode) and the language switch.
import Link from 'next/link';
import { signOutAction } from '@/app/account/actions';
import type { Locale } from '@/lib/i18n/locale';
import { messagesFor } from '@/lib/i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';

const parts = ['review', 'practice', 'concepts', 'cards', 'stats', 'settings'] as const;

/** In shared mode: whether someone is signed in (their parts and Sign out) or not (Sign in). */
export type NavAccount = { shared: false } | { shared: true; signedIn: boolean };

export function NavBar({ locale, account }: { locale: Locale; account: NavAccount }) {
  const t = messagesFor(locale);
  const showParts = !account.shared || account.signedIn;
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t.appName}
      </Link>
      <nav aria-label={t.nav.menu}>
        <ul>
          {showParts &&
            parts.map((part) => (
              <li key={part}>
                <Link href={`/${part}`}>{t.nav[part]}</Link>
              </li>
            ))}
          {account.shared && account.signedIn && (
            <li>
              <Link href="/account">{t.nav.account}</Link>
            </li>
          )}
          {account.shared && !account.signedIn && (
            <li>
              <Link href="/sign-in">{t.account.signIn}</Link>
            </li>
          )}
        </ul>
      </nav>
      {account.shared && account.signedIn && (
        <form action={signOutAction} className="sign-out">
          <button type="submit" className="btn">
            {t.account.signOut}
          </button>
        </form>
      )}
      <LanguageSwitch locale={locale} />
    </header>
  );
}
