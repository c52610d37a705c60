// The top navigation: the app's parts and the language switch.
import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locale';
import { messagesFor } from '@/lib/i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';

const parts = ['review', 'practice', 'concepts', 'cards', 'stats', 'settings'] as const;

export function NavBar({ locale }: { locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <header className="site-header">
      <nav aria-label="Main">
        <Link href="/" className="brand">
          {t.appName}
        </Link>
        <ul>
          {parts.map((part) => (
            <li key={part}>
              <Link href={`/${part}`}>{t.nav[part]}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <LanguageSwitch locale={locale} />
    </header>
  );
}
