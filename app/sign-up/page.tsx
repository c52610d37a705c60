// /sign-up (shared mode): make an account, with the invite code when the server asks for one.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { type AccountField, AccountForm } from '@/app/account/AccountForm';
import { signUpAction } from '@/app/account/actions';
import { isSharedMode, MIN_PASSWORD_LENGTH, sharedSettings } from '@/lib/auth/settings';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await getLocale()).account.signUpTitle };
}

export default async function SignUpPage() {
  if (!isSharedMode()) notFound();
  const locale = await getLocale();
  const a = messagesFor(locale).account;
  const { signUp } = sharedSettings();
  const fields: AccountField[] = [
    { name: 'email', label: a.email, type: 'email', autoComplete: 'username' },
    { name: 'password', label: a.password, type: 'password', autoComplete: 'new-password' },
  ];
  if (signUp === 'invite') {
    fields.push({ name: 'inviteCode', label: a.inviteCode, type: 'text', autoComplete: 'off' });
  }
  return (
    <>
      <h1>{a.signUpTitle}</h1>
      {signUp === 'closed' ? (
        <p>{a.signUpClosed}</p>
      ) : (
        <>
          <p className="muted">{a.signUpIntro(MIN_PASSWORD_LENGTH)}</p>
          {signUp === 'invite' && <p className="muted">{a.inviteNeeded}</p>}
          <AccountForm action={signUpAction} locale={locale} fields={fields} submit={a.signUp} />
        </>
      )}
      <p>
        {a.haveAccount} <Link href="/sign-in">{a.signIn}</Link>
      </p>
    </>
  );
}
