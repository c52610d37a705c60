// How many sign-in attempts an account and an address get: the keys a request counts against and
// the limits of each in a 15-minute window.

import { CLIENT_ADDRESS_HEADER } from './client-address.mjs';

export const LIMIT_WINDOW_MS = 15 * 60 * 1000;
/** Attempts at one account in a window (a failed guess counts; a successful sign-in is forgiven). */
export const ACCOUNT_LIMIT = 5;
/** Attempts from one address in a window: a class behind one router shares an address. */
export const ADDRESS_LIMIT = 50;

/**
 * The address a request came from, as `npm start`'s server wrote it (the connection's peer, or what
 * the trusted proxies report: lib/auth/client-address.mjs). Served some other way (`next dev`),
 * the last entry of X-Forwarded-For, which a client reaching the app directly can write itself.
 */
export function requestAddress(headers: Headers): string {
  const seen = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  if (seen) return seen;
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip')?.trim() || 'unknown';
}

/** The key an account's sign-in attempts count against, by its e-mail. */
export function accountLimitKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

/** The keys one sign-in attempt counts against: its account (by e-mail) and its address. */
export function limitKeys(email: string, headers: Headers): [string, string] {
  return [accountLimitKey(email), `address:${requestAddress(headers)}`];
}

/** True when any key went over its limit with this attempt. */
export function overLimit([account, address]: number[]): boolean {
  return account > ACCOUNT_LIMIT || address > ADDRESS_LIMIT;
}

/** When the window of an attempt made at `now` began, at the earliest. */
export function windowSince(now: Date): Date {
  return new Date(now.getTime() - LIMIT_WINDOW_MS);
}
