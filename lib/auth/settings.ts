// The settings of shared mode, from the environment: the session secret, who may sign up, and the
// origins the app is reached at behind a proxy.
import { timingSafeEqual } from 'node:crypto';
import { appMode } from './mode.mjs';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export type SignUpPolicy = 'open' | 'invite' | 'closed';

export interface SharedSettings {
  secret: string;
  signUp: SignUpPolicy;
  inviteCode: string | null;
  trustedOrigins: string[];
}

/** True in shared mode (BACKPROP_MODE=shared): accounts and sign-in. */
export function isSharedMode(env: Record<string, string | undefined> = process.env): boolean {
  return appMode(env) === 'shared';
}

/** The shared-mode settings (`npm start` has refused to start without a valid secret). */
export function sharedSettings(
  env: Record<string, string | undefined> = process.env,
): SharedSettings {
  const inviteCode = env.BACKPROP_INVITE_CODE?.trim() || null;
  const closed = env.BACKPROP_SIGN_UP?.trim().toLowerCase() === 'closed';
  return {
    secret: env.AUTH_SECRET?.trim() ?? '',
    signUp: closed ? 'closed' : inviteCode ? 'invite' : 'open',
    inviteCode,
    trustedOrigins: (env.BACKPROP_TRUSTED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
  };
}

/** Compares an invite code in constant time. */
export function inviteCodeMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
