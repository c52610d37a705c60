// The top navigation: the app's name, its parts, the account (shared mode) and the language switch.
import Link from 'next/link';
import { signOutAction } from '@/app/account/actions';
import type { Locale } from '@/lib/i18n/locale';
import { messagesFor } from '@/lib/i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';
import { NavLinks } from './NavLinks';

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
          <NavLinks
            links={[
              ...(showParts ? parts.map((part) => ({ href: `/${part}`, label: t.nav[part] })) : []),
              ...(account.shared && account.signedIn
                ? [{ href: '/account', label: t.nav.account }]
                : []),
              ...(account.shared && !account.signedIn
                ? [{ href: '/sign-in', label: t.account.signIn }]
                : []),
            ]}
          />
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
