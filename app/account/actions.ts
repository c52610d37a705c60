'use server';
// Server actions of the account pages: each calls its use case in lib/study/account with the
// request's headers (the session cookie, the address) and moves on when it succeeds.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/gate';
import {
  type AccountOutcome,
  changePassword,
  deleteAccount,
  signIn,
  signOut,
  signUp,
} from '@/lib/study/account';

export async function signInAction(
  _previous: AccountOutcome | null,
  formData: FormData,
): Promise<AccountOutcome> {
  const outcome = await signIn(
    { email: formData.get('email'), password: formData.get('password') },
    await headers(),
  );
  if (outcome.ok) redirect(safeNextPath(formData.get('next')));
  return outcome;
}

export async function signUpAction(
  _previous: AccountOutcome | null,
  formData: FormData,
): Promise<AccountOutcome> {
  const outcome = await signUp(
    {
      email: formData.get('email'),
      password: formData.get('password'),
      inviteCode: formData.get('inviteCode') ?? undefined,
    },
    await headers(),
  );
  if (outcome.ok) redirect('/');
  return outcome;
}

export async function signOutAction(): Promise<void> {
  await signOut(await headers());
  redirect('/sign-in');
}

export async function changePasswordAction(
  _previous: AccountOutcome | null,
  formData: FormData,
): Promise<AccountOutcome> {
  return changePassword(
    { currentPassword: formData.get('currentPassword'), newPassword: formData.get('newPassword') },
    await headers(),
  );
}

export async function deleteAccountAction(
  _previous: AccountOutcome | null,
  formData: FormData,
): Promise<AccountOutcome> {
  const outcome = await deleteAccount({ password: formData.get('password') }, await headers());
  if (outcome.ok) redirect('/sign-up');
  return outcome;
}
