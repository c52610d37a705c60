// /sign-in (shared mode): the e-mail and password form; a page that needed a session comes back after.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccountForm } from '@/app/account/AccountForm';
import { signInAction } from '@/app/account/actions';
import { safeNextPath } from '@/lib/auth/gate';
import { isSharedMode, sharedSettings } from '@/lib/auth/settings';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await getLocale()).account.signInTitle };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  if (!isSharedMode()) notFound();
  const [locale, { next }] = await Promise.all([getLocale(), searchParams]);
  const a = messagesFor(locale).account;
  return (
    <>
      <h1>{a.signInTitle}</h1>
      <p className="muted">{a.signInIntro}</p>
      <AccountForm
        action={signInAction}
        locale={locale}
        hidden={{ next: safeNextPath(Array.isArray(next) ? next[0] : next) }}
        fields={[
          { name: 'email', label: a.email, type: 'email', autoComplete: 'username' },
          {
            name: 'password',
            label: a.password,
            type: 'password',
            autoComplete: 'current-password',
          },
        ]}
        submit={a.signIn}
      />
      {sharedSettings().signUp !== 'closed' && (
        <p>
          {a.noAccount} <Link href="/sign-up">{a.signUp}</Link>
        </p>
      )}
    </>
  );
}
