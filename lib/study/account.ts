// The account use cases of shared mode: sign up, sign in (limited per account and per address),
// sign out, change password and delete the account with all its progress. Each validates its input
// with zod, asks Better Auth, and answers a refusal in both languages when it cannot be done.
import { isAPIError } from 'better-auth/api';
import { z } from 'zod';
import { accountLimitKey, limitKeys, overLimit, windowSince } from '../auth/limits';
import { type Auth, getAuth, isSecureRequest } from '../auth/server';
import { sessionUser } from '../auth/session';
import {
  inviteCodeMatches,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  sharedSettings,
} from '../auth/settings';
import { deleteAccountRows } from '../db/accounts';
import { getDb } from '../db/client';
import { learnerOfUser } from '../db/learner';
import { countAttempts, forgiveAttempts } from '../db/sign-in-limits';
import { inBothLanguages, type Messages } from '../i18n/messages';
import type { Refusal } from './errors';

export type AccountOutcome = { ok: true } | Refusal;

const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
const password = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

const signInSchema = z.object({ email, password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });
const signUpSchema = z.object({
  email,
  password,
  inviteCode: z.string().trim().max(200).optional(),
});
const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: password,
});
const deleteSchema = z.object({ password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });

function refuse(status: Refusal['status'], pick: (m: Messages['account']['refused']) => string) {
  return { ok: false as const, status, error: inBothLanguages((m) => pick(m.account.refused)) };
}

/** The refusal of a form whose fields are not an e-mail and a password of the right length. */
function invalidFields(error: z.ZodError): Refusal {
  const onPassword = error.issues.some((issue) =>
    ['password', 'newPassword'].includes(String(issue.path[0])),
  );
  return onPassword
    ? refuse(400, (r) => r.passwordLength(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH))
    : refuse(400, (r) => r.invalid);
}

async function authFor(headers: Headers) {
  return getAuth(isSecureRequest(headers));
}

/**
 * Makes an account and signs it in: open by default, with an invite code when the operator set one,
 * refused when sign-up is closed. The account's learner is created with it.
 */
export async function signUp(raw: unknown, headers: Headers): Promise<AccountOutcome> {
  const settings = sharedSettings();
  if (settings.signUp === 'closed') return refuse(403, (r) => r.signUpClosed);
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return invalidFields(parsed.error);
  const { inviteCode } = parsed.data;
  if (settings.inviteCode && !inviteCodeMatches(settings.inviteCode, inviteCode ?? '')) {
    return refuse(403, (r) => r.wrongInvite);
  }
  const auth = await authFor(headers);
  try {
    const result = await auth.api.signUpEmail({
      body: { email: parsed.data.email, password: parsed.data.password, name: parsed.data.email },
      headers,
    });
    await learnerOfUser(await getDb(), result.user.id);
    return { ok: true };
  } catch (error) {
    if (isAPIError(error) && /ALREADY_EXISTS/.test(String(error.body?.code))) {
      return refuse(409, (r) => r.taken);
    }
    throw error;
  }
}

/**
 * Signs in with a new session. Every attempt counts against its account and its address first (so
 * parallel guesses cannot pass the limit); a successful one is taken back. The answer to a wrong
 * password and to an unknown e-mail is the same.
 */
export async function signIn(
  raw: unknown,
  headers: Headers,
  now = new Date(),
): Promise<AccountOutcome> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return refuse(400, (r) => r.invalid);
  const db = await getDb();
  const keys = limitKeys(parsed.data.email, headers);
  const counts = await countAttempts(db, keys, now, windowSince(now));
  if (overLimit(counts)) return refuse(429, (r) => r.tooMany);
  const auth = await authFor(headers);
  try {
    await auth.api.signInEmail({ body: parsed.data, headers });
  } catch (error) {
    if (isAPIError(error)) return refuse(401, (r) => r.wrongCredentials);
    throw error;
  }
  await forgiveAttempts(db, keys);
  return { ok: true };
}

/** Ends the request's session (its row is deleted, its cookie cleared). */
export async function signOut(headers: Headers): Promise<AccountOutcome> {
  const auth = await authFor(headers);
  try {
    await auth.api.signOut({ headers });
  } catch (error) {
    if (!isAPIError(error)) throw error;
  }
  return { ok: true };
}

/** Changes the signed-in account's password and signs out its other sessions. */
export async function changePassword(raw: unknown, headers: Headers): Promise<AccountOutcome> {
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) return invalidFields(parsed.error);
  if (!(await sessionUser(headers))) return refuse(401, (r) => r.signInRequired);
  const auth = await authFor(headers);
  try {
    await auth.api.changePassword({
      body: { ...parsed.data, revokeOtherSessions: true },
      headers,
    });
    return { ok: true };
  } catch (error) {
    if (isAPIError(error)) return refuse(403, (r) => r.wrongPassword);
    throw error;
  }
}

/** True when `password` is the account's: the library's verifier against its stored hash. */
async function passwordMatches(auth: Auth, userId: string, password: string): Promise<boolean> {
  const context = await auth.$context;
  const credential = await context.internalAdapter.findCredentialAccount(userId);
  if (!credential?.password) return false;
  return context.password.verify({ hash: credential.password, password });
}

/**
 * Deletes the signed-in account after checking its password: its learner with every card, rating,
 * answer and count, its sessions, its password, its sign-in counts and the account row go in one
 * transaction (a failure leaves all of it in place); then the session cookie is cleared.
 */
export async function deleteAccount(raw: unknown, headers: Headers): Promise<AccountOutcome> {
  const parsed = deleteSchema.safeParse(raw);
  if (!parsed.success) return refuse(400, (r) => r.invalid);
  const user = await sessionUser(headers);
  if (!user) return refuse(401, (r) => r.signInRequired);
  const auth = await authFor(headers);
  if (!(await passwordMatches(auth, user.id, parsed.data.password))) {
    return refuse(403, (r) => r.wrongPassword);
  }
  await deleteAccountRows(await getDb(), user.id, [accountLimitKey(user.email)]);
  // The session's row went with the account; signing out now clears its cookie.
  return signOut(headers);
}
