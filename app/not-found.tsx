// The page for an address that does not exist, in the learner's language.
import Link from 'next/link';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';

export default async function NotFound() {
  const t = messagesFor(await getLocale());
  return (
    <section className="panel">
      <h1>{t.errors.notFound}</h1>
      <p>
        <Link href="/">{t.nav.home}</Link>
      </p>
    </section>
  );
}
