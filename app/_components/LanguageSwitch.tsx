// The language switch: two buttons posting to a server action that remembers the choice in a cookie.
import { setLocale } from '@/app/actions/locale';
import type { Locale } from '@/lib/i18n/locale';
import { messagesFor } from '@/lib/i18n/messages';

export function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <form action={setLocale} className="language-switch" aria-label={t.language.label}>
      {(['ko', 'en'] as const).map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          aria-pressed={option === locale}
          lang={option}
        >
          {t.language[option]}
        </button>
      ))}
    </form>
  );
}
