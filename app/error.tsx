'use client';
// The page for an unexpected server error, in the learner's language (the root layout's <html lang>), with a retry.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { startTransition, useSyncExternalStore } from 'react';
import { errors as en } from '@/lib/i18n/en/requests';
import { errors as ko } from '@/lib/i18n/ko/requests';

/** The page's language never changes while this page is shown: nothing to subscribe to. */
const subscribe = () => () => {};

/** The language the layout set on <html>; English before the page is in a browser. */
function pageLocale(): 'ko' | 'en' {
  return document.documentElement.lang === 'ko' ? 'ko' : 'en';
}

export default function ServerError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const locale = useSyncExternalStore(subscribe, pageLocale, () => 'en' as const);
  const t = locale === 'ko' ? ko : en;
  const router = useRouter();
  // A server error needs the page rendered again on the server, not only this boundary reset.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <section className="panel" role="alert">
      <h1>{t.unexpected}</h1>
      <p>{t.unexpectedHint}</p>
      {error.digest ? (
        <p className="muted">
          {t.reference}: <code>{error.digest}</code>
        </p>
      ) : null}
      <p>
        <button type="button" onClick={retry}>
          {t.retry}
        </button>{' '}
        <Link href="/">{t.home}</Link>
      </p>
    </section>
  );
}
