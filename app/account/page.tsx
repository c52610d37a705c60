// /account (shared mode): who is signed in, sign out, change password, delete the account and its progress.
import { notFound, redirect } from 'next/navigation';
import { navTitle } from '@/app/_components/page-title';
import { currentSessionUser } from '@/lib/auth/session';
import { isSharedMode } from '@/lib/auth/settings';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { AccountForm } from './AccountForm';
import { changePasswordAction, deleteAccountAction, signOutAction } from './actions';

export const dynamic = 'force-dynamic';
export const generateMetadata = navTitle('account');

export default async function AccountPage() {
  if (!isSharedMode()) notFound();
  const [locale, user] = await Promise.all([getLocale(), currentSessionUser()]);
  if (!user) redirect('/sign-in');
  const a = messagesFor(locale).account;
  return (
    <>
      <h1>{a.title}</h1>
      <p>{a.signedInAs(user.email)}</p>
      <form action={signOutAction}>
        <button type="submit" className="btn">
          {a.signOut}
        </button>
      </form>
      <p className="muted">{a.importHint}</p>
      <section aria-labelledby="change-password">
        <h2 id="change-password">{a.changePassword}</h2>
        <AccountForm
          action={changePasswordAction}
          locale={locale}
          fields={[
            {
              name: 'currentPassword',
              label: a.currentPassword,
              type: 'password',
              autoComplete: 'current-password',
            },
            {
              name: 'newPassword',
              label: a.newPassword,
              type: 'password',
              autoComplete: 'new-password',
            },
          ]}
          submit={a.changePassword}
          done={a.passwordChanged}
        />
      </section>
      <section aria-labelledby="delete-account">
        <h2 id="delete-account">{a.deleteAccount}</h2>
        <p>{a.deleteWarning}</p>
        <AccountForm
          action={deleteAccountAction}
          locale={locale}
          fields={[
            {
              name: 'password',
              label: a.confirmPassword,
              type: 'password',
              autoComplete: 'current-password',
            },
          ]}
          submit={a.deleteAccount}
          danger
        />
      </section>
    </>
  );
}
